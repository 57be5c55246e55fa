import Foundation
import GRDB

/// A row as it stood: column name to value. Stored as JSON of names and values, never SQL text,
/// so history survives migrations that add columns.
struct RowImage: Equatable, Sendable {
    var values: [String: StoredValue]

    /// Reads the current image of a row; nil when there is no such row.
    static func fetch(_ db: Database, table: StoreTable, id: Int64) throws -> RowImage? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(table.rawValue) WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id])
        else { return nil }
        var values: [String: StoredValue] = [:]
        for (column, value) in row {
            values[column] = StoredValue(value)
        }
        return RowImage(values: values)
    }

    /// Whether the row now matches this image in every column the image names.
    ///
    /// Columns added by later migrations are not in older images and are ignored.
    func matches(_ current: RowImage?) -> Bool {
        guard let current else { return false }
        return values.allSatisfy { column, value in current.values[column] == value }
    }

    /// The JSON text stored in `change_row`: keys sorted, integers and text plain, the rest tagged.
    ///
    /// Written by hand because it runs inside every commit (JSONEncoder was a tenth of a check-in);
    /// `init(json:)` reads it back with JSONDecoder.
    func json() -> String {
        var output = "{"
        for (index, column) in values.keys.sorted().enumerated() {
            if index > 0 { output += "," }
            Self.appendString(column, to: &output)
            output += ":"
            switch values[column] ?? .null {
            case .null: output += "null"
            case .integer(let int): output += String(int)
            case .text(let text): Self.appendString(text, to: &output)
            case .real(let double): output += "{\"real\":\(double.isFinite ? "\(double)" : "0")}"
            case .blob(let data): output += "{\"blob\":\"\(data.base64EncodedString())\"}"
            }
        }
        return output + "}"
    }

    /// Appends a JSON string literal, escaping quotes, backslashes and control characters.
    private static func appendString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// Reads an image from its JSON text.
    init(json: String) throws {
        values = try JSONDecoder().decode([String: StoredValue].self, from: Data(json.utf8))
    }

    init(values: [String: StoredValue]) {
        self.values = values
    }
}

/// One column value in a row image: integers and text as plain JSON, the rest tagged.
enum StoredValue: Decodable, Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(data)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let int): int.databaseValue
        case .real(let double): double.databaseValue
        case .text(let string): string.databaseValue
        case .blob(let data): data.databaseValue
        }
    }

    private enum Tag: String, CodingKey { case real, blob }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() { self = .null; return }
            if let int = try? single.decode(Int64.self) { self = .integer(int); return }
            if let string = try? single.decode(String.self) { self = .text(string); return }
        }
        let tagged = try decoder.container(keyedBy: Tag.self)
        if let real = try tagged.decodeIfPresent(Double.self, forKey: .real) {
            self = .real(real)
        } else {
            self = .blob(try tagged.decode(Data.self, forKey: .blob))
        }
    }
}
