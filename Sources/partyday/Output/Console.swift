import Foundation

/// Where commands write: results to standard output, messages to standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A message to standard error, with every control character shown escaped: a refused value that
    /// held `ESC[31m` is said as `\e[31m`, never sent to the terminal as a command.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(visible(text).utf8))
    }

    /// The text with control characters (but line breaks and tabs) written as escapes.
    static func visible(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: result.unicodeScalars.append(scalar)
            case 0x1B: result += "\\e"
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The position (from 1) of the first argument that is not valid UTF-8, read from the raw
    /// argument vector (Swift's `CommandLine.arguments` would have replaced the bad bytes with U+FFFD).
    static func firstInvalidArgument() -> Int? {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            if String(validatingCString: raw) == nil { return index }
        }
        return nil
    }
}
