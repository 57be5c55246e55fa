import Foundation

/// Reads the bytes of a text file as Chinese spreadsheets save them: UTF-8 with or without a
/// byte-order mark, or GB18030 (which includes GBK and GB2312), as Excel and WPS write "CSV" on
/// Chinese Windows.
public enum TextDecoding {
    /// The encodings partyday reads.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text and the encoding it was read in; nil when it is neither.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        if let text = String(data: data, encoding: .utf8) {
            var scalars = text.unicodeScalars[...]
            if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
            return (String(scalars), .utf8)
        }
        if let text = String(data: data, encoding: gb18030) { return (text, .gb18030) }
        return nil
    }
}
