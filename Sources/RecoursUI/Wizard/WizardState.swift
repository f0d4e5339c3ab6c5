import Foundation
import RecoursCore

/// A list to pick from, open over a choice field.
public struct ChoicePopup: Equatable, Sendable {
    public var field: Field
    public var filter: String = ""
    public var selection: Int = 0

    func visibleOptions(_ all: [ChoiceOption]) -> [ChoiceOption] {
        guard !filter.isEmpty else { return all }
        let needle = filter.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return all.filter {
            $0.label.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(needle)
        }
    }
}

/// The small form that edits one attachment.
public struct AttachmentDialog: Equatable, Sendable {
    public var index: Int
    /// 0 description, 1 date, 2 path.
    public var focus: Int = 0
    public var editor: TextEditor
    /// The editors of the inputs left with something to undo, by row: Ctrl-Z still works on coming back.
    public var leftEditors: [Int: TextEditor] = [:]
    /// True when the dialog created the attachment (Esc on a still blank one removes it).
    public var isNew: Bool

    /// The label of each input (row 0, 1, 2).
    static var labels: [String] {
        ["dialog.attachment.description", "dialog.attachment.date", "dialog.attachment.path"].map { Texts.text($0) }
    }

    /// The dossier field edited by row `row` (0, 1, 2) of the dialog for attachment `index`.
    static func field(_ row: Int, _ index: Int) -> Field {
        switch row {
        case 0: .attachmentDescription(index)
        case 1: .attachmentDate(index)
        default: .attachmentPath(index)
        }
    }
}

/// A question that needs an answer before going on.
public enum Dialog: Equatable, Sendable {
    case confirmDeleteAttachment(index: Int)
    /// The path where to export the letter.
    case exportPath(editor: TextEditor)
    case confirmOverwrite(path: String)
}

/// The review screen: the problems list and the letter preview.
public struct ReviewState: Equatable, Sendable {
    public var selection: Int = 0
    public var previewFocused = false
    public var previewScroll = 0
}

/// The number of visual lines a text wraps to at a width (in a multi-line field), remembered with the text it
/// was counted for: it holds only while the field's value is that text (usually the same string, so comparing
/// them costs nothing).
public struct WrappedLineCount: Equatable, Sendable {
    public let text: String
    public let width: Int
    public let count: Int

    func holds(for text: String, width: Int) -> Bool { self.width == width && self.text == text }
}

/// The wizard on one dossier.
public struct WizardState: Equatable, Sendable {
    public var dossier: Dossier
    public var draftURL: URL
    public var screen: WizardScreen
    /// Index of the focused field among the screen's visible fields.
    public var focus: Int
    /// The editor of the focused text field (its text is written into the dossier at every change).
    public var editor: TextEditor?
    /// The editors of the text fields left with something to undo: coming back to one of them (its text unchanged
    /// meanwhile) brings back its Ctrl-Z history.
    public var leftEditors: [Field: TextEditor] = [:]
    /// The title as it was when its field was entered: the header shows it until the field is left, rather than
    /// echoing every key typed there (which cost a second cursor move and colour change per key on the terminal).
    public var titleWhenEntered: String?
    /// Fields the user has left at least once: their problems are shown.
    public var touched: Set<Field>
    /// Problems of the current stage's letter, recomputed after each change.
    public var issues: [ValidationIssue]
    /// Whether each stage's letter (up to the current stage) can be exported, for the progress line.
    public var letterReady: [Bool] = []
    /// The first error of the first earlier stage whose letter cannot be exported: the progress line marks it ✗,
    /// and the review says why (its field is on that stage's screens, not on the current one's).
    public var earlierLetterProblem: EarlierLetterProblem?
    /// The validator's last answers per stage, reused while what the rules read has not changed (typing in the
    /// facts, for one): see `ValidationMemo`. Never makes two states differ.
    var validationMemo = ValidationMemo()
    /// The fields' layout as the update last computed it, reused by the view while what it is computed from has
    /// not changed: see `LayoutMemo`. Never makes two states differ.
    var layoutMemo = LayoutMemo()
    /// When to save, and whether the draft on disk is up to date.
    public var autosave: Autosave
    /// Where the user was (screen and field) as the draft on disk last recorded it, or as a save under way will:
    /// a move alone does not save, but the next save (an autosave, a change of screen, quitting) records it.
    public var savedResumePoint: ResumePoint?
    public var saveStatus: SaveStatus { autosave.status }
    public var popup: ChoicePopup?
    public var attachmentSelection: Int = 0
    public var attachmentDialog: AttachmentDialog?
    public var dialog: Dialog?
    public var review = ReviewState()
    /// The "Comment envoyer" step: the channel chosen and the sending date being typed.
    public var sending = SendingState()
    /// First line shown on the timeline screen.
    public var timelineScroll = 0
    /// First content row shown.
    public var scroll = 0
    /// How many visual lines the multi-line fields of the screen that are not being edited wrap to, for their
    /// "lignes 1–3 sur N": counting them wraps the whole text, so it is done in the update, once per text and
    /// width, instead of at every frame (see `WrappedLineCount`).
    public var wrappedLineCounts: [Field: WrappedLineCount] = [:]

    public init(dossier: Dossier, draftURL: URL, env: AppEnvironment, isNew: Bool) {
        self.dossier = dossier
        self.draftURL = draftURL
        self.screen = .dossier
        self.focus = 0
        self.touched = []
        self.issues = []
        self.autosave = Autosave(status: isNew ? .modified : .saved)
        self.savedResumePoint = dossier.resumePoint
        if !isNew {
            // A resumed draft shows the problems of what was already typed.
            touched = Set(Self.screenFields.filter { !dossier[$0].isBlank })
        }
        if let point = dossier.resumePoint, let screen = WizardScreen(rawValue: point.screen) {
            self.screen = screen
            let fields = screen.fields(for: dossier)
            focus = fields.firstIndex { $0.field.path == point.field } ?? 0
        }
    }

    /// The fields of every screen, in order.
    static let screenFields: [Field] = WizardScreen.allCases.flatMap { $0.allFields.map(\.field) }

    public var fields: [FieldSpec] { screen.fields(for: dossier) }

    /// Where the user is now, as a draft records it to reopen there.
    public var resumePoint: ResumePoint {
        ResumePoint(screen: screen.rawValue, field: focusedSpec?.field.path ?? "")
    }

    /// Whether the draft on disk would reopen elsewhere than where the user is now.
    public var resumePointMoved: Bool { savedResumePoint != resumePoint }

    public var focusedSpec: FieldSpec? {
        let f = fields
        return focus < f.count ? f[focus] : nil
    }

    /// The letter of the current stage as it would be exported today, line by line (the review's preview).
    func letterPreview(env: AppEnvironment) -> [String] {
        env.renderer.exportText(dossier, date: env.today).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    /// Problems shown beside a field: those of touched fields (all of them on the review screen).
    func visibleIssues(for field: Field) -> [ValidationIssue] {
        guard touched.contains(field) else { return [] }
        return issues.filter { $0.field == field }
    }

    /// The problems shown under a field (those of its attachments for the list of attachments), errors first.
    func shownIssues(for spec: FieldSpec) -> [ValidationIssue] {
        guard spec.kind == .attachmentList else { return visibleIssues(for: spec.field) }
        guard touched.contains(.attachments) else { return [] }
        return issues.filter { $0.field == .attachments || $0.field.attachmentIndex != nil }
    }
}

/// Why an earlier stage's letter cannot be exported.
public struct EarlierLetterProblem: Equatable, Sendable {
    public var stage: EscalationStage
    public var issue: ValidationIssue
}
