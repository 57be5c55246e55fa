import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// The options every subcommand takes: which file, which language, who is acting.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "数据文件 / the data file (default: $PARTYDAY_DB, else $XDG_DATA_HOME/partyday/partyday.sqlite)")
    var db: String?

    @Option(name: .long, help: "界面语言 zh|en / language (default: $PARTYDAY_LANG, then $LANG, else zh)")
    var lang: String?

    @Option(name: .long, help: "操作者,用于撤销历史 / who is acting, for the undo history (default: secretary)")
    var actor: String?

    @Option(name: .long, help: "另一个主题目录文件 / another theme catalogue (default: the themes.json built in)")
    var themes: String?

    /// The fixed themes: the catalogue built in, or the file `--themes` names, checked.
    func catalogue() throws -> ThemeCatalogue {
        guard let themes else { return .shipped }
        guard let data = FileManager.default.contents(atPath: themes) else {
            throw CommandLineError.badValue(option: "--themes", value: themes, expected: LocalizedText(zh: "可读取的文件", en: "a readable file"))
        }
        return try ThemeCatalogue.parse(data, file: themes)
    }

    /// The language to speak in; an unknown `--lang` is an error in both languages.
    func language() throws(CommandLineError) -> Language {
        if let lang {
            guard let language = Language(code: lang), lang.count <= 10 else {
                throw .unknownLanguage(lang)
            }
            return language
        }
        return Language.fromEnvironment(ProcessEnvironment.current)
    }

    /// The acting identity.
    func actorID() throws(StoreError) -> ActorID {
        guard let actor else { return .secretary }
        do {
            return try ActorID(actor)
        } catch {
            throw .invalid(error)
        }
    }

    /// Where the data file is.
    var location: DatabaseLocation {
        DatabaseLocation.resolve(explicit: db, environment: ProcessEnvironment.current)
    }

    /// Opens (creating when missing) the data file for a command that writes, refusing a damaged one
    /// (`checkBeforeWriting`).
    func open() throws(StoreError) -> PartyDayDatabase {
        let database = try PartyDayDatabase.open(location, wait: waitSaidOnStandardError())
        try database.checkBeforeWriting()
        return database
    }

    /// The file for a command that only reads: never created or converted.
    func openExisting() throws(StoreError) -> PartyDayDatabase {
        try PartyDayDatabase.openExisting(location, wait: waitSaidOnStandardError())
    }

    /// A wait for another process's hold on the file, said on standard error as it begins, so a
    /// command never waits in silence; Ctrl-C stops it, as it stops the command.
    func waitSaidOnStandardError() -> FileWait {
        let language = (try? self.language()) ?? Language.fromEnvironment(ProcessEnvironment.current)
        return FileWait { waiting in Console.error("partyday: " + waiting.message(stopKey: "Ctrl-C")(language) + "\n") }
    }
}
