import PartyDayModel
import TerminalUI

/// Importing a roster sheet from the screen: the file's path typed, then a preview of what would be
/// imported and every row refused, then the import itself as one undoable change.
public struct ImportState: Sendable, Equatable {
    /// Where the import stands.
    public enum Stage: Sendable, Equatable {
        /// Typing the file's path.
        case choosingFile
        /// Reading the file.
        case reading
        /// The preview is shown; Enter imports.
        case preview(ImportPreview)
        /// Writing the previewed rows.
        case importing(ImportPreview)
    }

    /// The branch the sheet's members join, and its name for the title.
    public var branchID: Int64
    public var branchName: String
    /// The file's path as typed.
    public var path = TextFieldState("", maximumLength: 400)
    public var stage: Stage = .choosingFile
    /// Why the file could not be read, shown under the path.
    public var problem: LocalizedText?
    /// The first refused row shown in the preview's list.
    public var offset = 0

    public init(branchID: Int64, branchName: String) {
        self.branchID = branchID
        self.branchName = branchName
    }
}

/// What a sheet would import: the rows accepted, every row refused with its line and reason.
public struct ImportPreview: Sendable, Equatable {
    public var file: String
    public var encoding: String
    public var accepted: [MemberImport.Accepted]
    public var rejected: [MemberImport.Rejected]
    public var ignoredColumns: [String]

    public init(file: String, encoding: String, accepted: [MemberImport.Accepted], rejected: [MemberImport.Rejected], ignoredColumns: [String]) {
        self.file = file
        self.encoding = encoding
        self.accepted = accepted
        self.rejected = rejected
        self.ignoredColumns = ignoredColumns
    }
}
