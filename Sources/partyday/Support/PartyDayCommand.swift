import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// What a subcommand works with: the options, the language, the acting identity, and the file.
struct CommandContext {
    let global: GlobalOptions
    let language: Language

    /// Opens the data file named by the options.
    func database() throws(StoreError) -> PartyDayDatabase { try global.open() }

    /// The data file for a command that only reads it: never created or converted (`openExisting`).
    func existingDatabase() throws(StoreError) -> PartyDayDatabase { try global.openExisting() }

    /// The fixed theme catalogue with a branch's own themes (retired ones named, for past days).
    func catalogue(_ database: PartyDayDatabase, branchID: Int64) throws -> ThemeCatalogue {
        try database.themeCatalogue(try global.catalogue(), branchID: branchID, includingRetired: true)
    }

    /// Who is acting.
    func actor() throws(StoreError) -> ActorID { try global.actorID() }

    /// A text in the user's language.
    func say(_ text: LocalizedText) { Console.out(text(language) + "\n") }

    /// Prints a listing in the chosen format.
    func print<Record: Encodable>(_ listing: Listing<Record>, format: String) throws {
        Console.out(try listing.rendered(as: try ValueParsing.code(format, OutputFormat.self, option: "--format")))
    }

    /// Prints what a write did: the listing in the chosen format, then the sentences saying it. JSON
    /// and CSV stay whole for a script to read, so there the sentences go to the error stream. The
    /// format is read before the write (`ValueParsing.code`), so a mistyped one writes nothing.
    func report<Record: Encodable>(_ listing: Listing<Record>, format chosen: OutputFormat, saying said: [LocalizedText]) throws {
        Console.out(try listing.rendered(as: chosen))
        for line in said {
            if chosen == .table { say(line) } else { Console.error(line(language) + "\n") }
        }
    }
}

/// A subcommand that reports refusals in the user's language with a non-zero exit status.
protocol PartyDayCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func execute(_ context: CommandContext) throws
}

extension PartyDayCommand {
    mutating func run() throws {
        let language = (try? global.language()) ?? Language.fromEnvironment(ProcessEnvironment.current)
        do {
            _ = try Today.fixedDate()
            try execute(CommandContext(global: global, language: try global.language()))
        } catch let error as any UserFacingError {
            Console.error("partyday: " + error.message(language) + "\n")
            throw ExitCode.failure
        }
    }
}

