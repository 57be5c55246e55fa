import ArgumentParser
import Foundation
import PartyDayModel

/// The entry point: parses, runs, and turns argument errors into a message in the user's language.
@main
enum Main {
    static func main() {
        let arguments = ArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst()))
        if let bad = Console.firstInvalidArgument() {
            // Saved as U+FFFD it would be changed silently: refused, whatever the command.
            let message = LocalizedText(
                zh: "第 \(bad) 个参数不是有效的 UTF-8 文本(请检查终端或脚本的编码)",
                en: "argument \(bad) is not valid UTF-8 text (check the terminal's or the script's encoding)")
            Console.error("partyday: \(message(language(arguments)))\n")
            exit(ExitCode.validationFailure.rawValue)
        }
        if let global = UILaunch.globalOptions(arguments) {
            var command = UICommand()
            command.global = global
            run(&command, arguments: arguments)
        }
        if let unknown = ArgumentOrder.unknownSubcommand(arguments, root: PartyDayRoot.self) {
            let message = LocalizedText(
                zh: "没有“\(unknown)”这个命令;可用的命令:\(ArgumentOrder.subcommandNames(PartyDayRoot.self))(partyday --help 查看说明)",
                en: "there is no command “\(unknown)”; the commands are: \(ArgumentOrder.subcommandNames(PartyDayRoot.self)) (partyday --help explains them)")
            Console.error("partyday: \(message(language(arguments)))\n")
            exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try PartyDayRoot.parseAsRoot(arguments)
            run(&command, arguments: arguments)
        } catch {
            fail(with: error, arguments: arguments)
        }
    }

    /// Runs a parsed command and ends the process: with success, or with the error said.
    private static func run(_ command: inout some ParsableCommand, arguments: [String]) -> Never {
        do {
            try command.run()
        } catch let code as ExitCode {
            // The command has said what went wrong already; asking the parser for the code and an empty
            // message would only cost its reflection over every command (2 ms on an error's way out).
            exit(code.rawValue)
        } catch {
            fail(with: error, arguments: arguments)
        }
        exit(0)
    }

    /// Says an error from parsing or running in the user's language and ends with its exit status
    /// (`--help` and `--version` end here too, with success).
    private static func fail(with error: any Error, arguments: [String]) -> Never {
        let code = PartyDayRoot.exitCode(for: error)
        let detail = PartyDayRoot.fullMessage(for: error)
        if code == .success {
            if !detail.isEmpty { Console.out(detail + "\n") }
        } else if !(error is ExitCode) {
            let lead = LocalizedText(zh: "命令行参数有误", en: "bad command line")
            let language = language(arguments)
            Console.error("partyday: \(lead(language)): \(ArgumentOrder.localised(detail, language))\n")
        }
        exit(code.rawValue)
    }

    /// The language for messages about arguments that could not be parsed: `--lang` if readable.
    private static func language(_ arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
           let language = Language(code: arguments[index + 1])
        {
            return language
        }
        if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }),
           let language = Language(code: String(inline.dropFirst("--lang=".count)))
        {
            return language
        }
        return Language.fromEnvironment(ProcessEnvironment.current)
    }
}
