import Foundation
import TerminalUI

/// What a terminal sends after ESC: any characters decode to a meaning, and the backend's "is this
/// sequence complete yet" never asks for more once a sequence is whole.
enum EscapeSequenceTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        let body = String(decoding: data, as: UTF8.self)
        let meaning = EscapeSequenceDecoder.decode(body)
        var prefix = ""
        for character in body {
            prefix.append(character)
            _ = EscapeSequenceDecoder.isComplete(prefix)
            _ = EscapeSequenceDecoder.decode(prefix)
        }
        if body.count == 1 {
            try expect(meaning != .unknown, "a single character after ESC is Alt or Esc, not \(meaning)")
        }
    }
}
