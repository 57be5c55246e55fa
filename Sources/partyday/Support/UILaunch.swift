/// The terminal UI's own command line, read without the general parser.
///
/// Bare `partyday` (or `partyday ui`) with global options is what a secretary types every day. The
/// general parser reflects over every command's declarations before it reads a word, which was a
/// third of the time to the first frame; this reads that one form by hand and gives anything else —
/// a repeated or valueless option, `--help`, a subcommand, a stray word — to the general parser, so
/// every message and refusal stays the parser's own.
enum UILaunch {
    /// The global options when the arguments (already `ArgumentOrder.normalised`) ask for the UI and
    /// nothing else the general parser would treat differently; nil otherwise.
    static func globalOptions(_ arguments: [String]) -> GlobalOptions? {
        let words = arguments.first == "ui" ? arguments.dropFirst() : arguments[...]
        let (given, rest) = ArgumentOrder.leadingGlobalOptions(words)
        guard rest.isEmpty, Set(given.map(\.name)).count == given.count,
              !given.contains(where: { $0.value.hasPrefix("-") })
        else { return nil }
        let values = Dictionary(uniqueKeysWithValues: given.map { ($0.name, $0.value) })
        var options = GlobalOptions()
        options.db = values["--db"]
        options.lang = values["--lang"]
        options.actor = values["--actor"]
        options.themes = values["--themes"]
        return options
    }
}
