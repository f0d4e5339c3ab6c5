import Foundation
import RecoursCore
import RecoursLetters

/// What the update function asks the outside world to do; the terminal layer performs it and
/// answers with an `Event`. Keeping I/O out of the update keeps the whole UI testable as values.
public enum Effect: Equatable, Sendable {
    case save(Dossier, to: URL)
    case listDrafts
    case open(URL)
    case delete(URL)
    case export(text: String, to: URL, overwrite: Bool)
    /// Opens `$EDITOR` on the text of the focused multi-line field.
    case editExternally(text: String)
    /// Gives the terminal back and stops the process (job control); the runtime repaints when it continues.
    case suspend
    case quit
}

/// One draft file: the dossier it holds, or why it cannot be read (the home list, and opening a draft).
public struct DraftListing: Equatable, Sendable {
    public let url: URL
    public let dossier: Dossier?
    public let error: String?

    public init(url: URL, dossier: Dossier?, error: String?) {
        self.url = url
        self.dossier = dossier
        self.error = error
    }
}

/// What the UI needs from outside. Everything the update would otherwise ask the system for (the time, a new id,
/// the home folder, whether a file exists) comes from here, so that the update is a pure function of its events:
/// the tests give values that fail the test when they are touched unexpectedly.
public struct AppEnvironment: Sendable {
    public var catalog: OrganismCatalog
    public var today: CalendarDate
    public var renderer: LetterRenderer
    public var draftsDirectory: URL
    /// The user's home folder, for `~` in a path typed in the export dialog.
    public var homeDirectory: URL
    /// The time now (a new dossier's creation date).
    public var now: @Sendable () -> Date
    /// The id of a new dossier.
    public var makeDossierId: @Sendable () -> String
    /// Whether a file exists (the attachments' paths, checked by the validator).
    public var fileExists: @Sendable (String) -> Bool
    /// Where the wizard suggests writing a letter: `Recours/` in the documents folder (`ExportFolder`).
    public var lettersDirectory: URL

    public init(
        catalog: OrganismCatalog, today: CalendarDate, renderer: LetterRenderer, draftsDirectory: URL,
        homeDirectory: URL, now: @escaping @Sendable () -> Date, makeDossierId: @escaping @Sendable () -> String,
        fileExists: @escaping @Sendable (String) -> Bool, lettersDirectory: URL? = nil
    ) {
        self.lettersDirectory =
            lettersDirectory ?? homeDirectory.appendingPathComponent(ExportFolder.folderName, isDirectory: true)
        self.catalog = catalog
        self.today = today
        self.renderer = renderer
        self.draftsDirectory = draftsDirectory
        self.homeDirectory = homeDirectory
        self.now = now
        self.makeDossierId = makeDossierId
        self.fileExists = fileExists
    }

    /// The environment of the real program: the system's clock, random ids, the disk.
    public static func live(
        catalog: OrganismCatalog, today: CalendarDate, renderer: LetterRenderer, draftsDirectory: URL,
        lettersDirectory: URL? = nil
    ) -> AppEnvironment {
        let home = URL(fileURLWithPath: NSHomeDirectory(), isDirectory: true)
        return AppEnvironment(
            catalog: catalog, today: today, renderer: renderer, draftsDirectory: draftsDirectory, homeDirectory: home,
            now: { Date() }, makeDossierId: { Dossier.makeId() },
            fileExists: { path in
                FileManager.default.fileExists(atPath: PathExpansion.expandingTilde(path, home: home.path))
            },
            lettersDirectory: lettersDirectory
                ?? ExportFolder.lettersDirectory(
                    environment: ProcessInfo.processInfo.environment, home: home.path))
    }

    /// A new, empty dossier (its id and creation date from here) and where its draft goes, in the drafts folder.
    public func newDraft() -> (dossier: Dossier, url: URL) {
        let dossier = Dossier(id: makeDossierId(), createdAt: now())
        return (dossier, DraftStore(directory: draftsDirectory).fileURL(for: dossier))
    }

    public var validator: DossierValidator { DossierValidator(catalog: catalog, today: today, fileExists: fileExists) }
}
