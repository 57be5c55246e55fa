import ArgumentParser
import PartyDayModel

/// The command line as people type it, made ready for the parser: global options may stand before the
/// subcommand, as in git (`partyday --db F member list`), and a word that names no subcommand is said
/// to be one, instead of being read as an argument of the terminal UI.
enum ArgumentOrder {
    /// The options every subcommand takes, each with a value.
    static let globalOptions: Set<String> = ["--db", "--lang", "--actor", "--themes"]

    /// A global option as typed: its name, its value, and the words it took (`--db F` or `--db=F`).
    struct GlobalOption {
        let name: String
        let value: String
        let words: [String]
    }

    /// The global options at the start of `arguments`, each with a value, and the words after them.
    static func leadingGlobalOptions(_ arguments: ArraySlice<String>) -> (options: [GlobalOption], rest: ArraySlice<String>) {
        var options: [GlobalOption] = []
        var rest = arguments
        while let argument = rest.first {
            if globalOptions.contains(argument), rest.count > 1 {
                let value = rest[rest.index(after: rest.startIndex)]
                options.append(GlobalOption(name: argument, value: value, words: [argument, value]))
                rest = rest.dropFirst(2)
            } else if let equals = argument.firstIndex(of: "="), globalOptions.contains(String(argument[..<equals])) {
                options.append(GlobalOption(
                    name: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...]), words: [argument]))
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return (options, rest)
    }

    /// The arguments with leading global options moved after the subcommand's words.
    static func normalised(_ arguments: [String]) -> [String] {
        let (leading, rest) = leadingGlobalOptions(arguments[...])
        guard !leading.isEmpty else { return arguments }
        return Array(rest) + leading.flatMap(\.words)
    }

    /// The first word when it names no subcommand of the root (nil when it does, or is an option).
    static func unknownSubcommand(_ arguments: [String], root: any ParsableCommand.Type) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = root.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        return names.contains(first) ? nil : first
    }

    /// The names of the root's subcommands, for the message.
    static func subcommandNames(_ root: any ParsableCommand.Type) -> String {
        root.configuration.subcommands.compactMap { $0.configuration.commandName }.joined(separator: ", ")
    }

    /// The parser's English message in the user's language, for the messages people meet most.
    static func localised(_ detail: String, _ language: Language) -> String {
        guard language == .zh else { return detail }
        let phrases: [(String, String)] = [
            ("Error: ", ""), ("Unknown option ", "未知选项 "), ("Unexpected argument ", "多余的参数 "),
            ("unexpected arguments: ", "个多余的参数:"), ("Missing expected argument ", "缺少参数 "),
            ("Missing value for ", "缺少取值:"), ("The value ", "取值 "), (" is invalid for ", " 不适用于 "),
            ("Usage: ", "用法:"), ("See '", "详见 '"), ("' for more information.", "'"),
        ]
        return phrases.reduce(detail) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
