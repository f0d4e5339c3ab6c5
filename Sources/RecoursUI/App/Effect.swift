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

/// What the UI needs from outside and never changes while it runs.
public struct AppEnvironment: Sendable {
    public var catalog: OrganismCatalog
    public var today: CalendarDate
    public var renderer: LetterRenderer
    public var draftsDirectory: URL

    public init(catalog: OrganismCatalog, today: CalendarDate, renderer: LetterRenderer, draftsDirectory: URL) {
        self.catalog = catalog
        self.today = today
        self.renderer = renderer
        self.draftsDirectory = draftsDirectory
    }

    public var validator: DossierValidator { DossierValidator(catalog: catalog, today: today) }
}
