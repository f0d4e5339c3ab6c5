import RecoursCore

/// Every key of the program, by context. Each update matches keys only through these groups, and the key bar and
/// the help screen list them: adding a key is adding a binding here (and its texts in the texts table).
public enum KeyMap {
    // MARK: Anywhere

    public enum GlobalAction: Equatable, Sendable { case help, quit }

    /// Help and quit: always there (the key bar keeps them whatever the width).
    public static let global = KeyGroup<GlobalAction>([
        KeyBinding([.function(1)], .help, "help"),
        KeyBinding([.control("q"), .control("c")], .quit, "quit"),
    ])

    public enum HelpAction: Equatable, Sendable { case close, up, down, pageUp, pageDown, top, bottom }

    /// The help screen's own keys.
    public static let help = KeyGroup<HelpAction>([
        KeyBinding([.escape, .function(1), .character("q"), .enter], .close, "helpScreen.close"),
        KeyBinding([.up], .up, "helpScreen.up"),
        KeyBinding([.down], .down, "helpScreen.down"),
        KeyBinding([.pageUp], .pageUp, "helpScreen.pageUp"),
        KeyBinding([.pageDown], .pageDown, "helpScreen.pageDown"),
        KeyBinding([.home], .top, "helpScreen.top"),
        KeyBinding([.end], .bottom, "helpScreen.bottom"),
    ])

    /// "o : oui" in a confirmation; any other key says no.
    public static let confirm: [Key] = [
        .character("o"), .character("O"), .character("y"), .character("Y"), .character("j"), .character("J"),
    ]

    public enum ConfirmAction: Equatable, Sendable { case yes, no }

    /// The key bar and help of a confirmation (remove an attachment, replace a file, delete a draft): `o` says yes,
    /// every other key no (no key of its own: a line in the key bar and the help).
    public static let confirmation = KeyGroup<ConfirmAction>([
        KeyBinding(confirm, .yes, "confirm.yes"),
        KeyBinding([], .no, "confirm.no"),
    ])

    // MARK: Home

    public enum HomeAction: Equatable, Sendable { case up, down, first, last, new, open, delete, quit }

    public static let home = KeyGroup<HomeAction>([
        KeyBinding([.up], .up, "home.choose"),
        KeyBinding([.down, .tab], .down, "home.down"),
        KeyBinding([.home, .pageUp], .first, "home.first"),
        KeyBinding([.end, .pageDown], .last, "home.last"),
        KeyBinding([.enter], .open, "home.open"),
        KeyBinding([.character("n"), .control("n")], .new, "home.new"),
        KeyBinding([.delete, .character("d"), .character("s")], .delete, "home.delete"),
        KeyBinding([.character("q"), .escape, .control("q"), .control("c")], .quit, "home.quit"),
    ])

    // MARK: Wizard

    public enum WizardAction: Equatable, Sendable {
        case nextField, previousField, nextScreen, previousScreen, save, export
    }

    /// The keys of every field screen, whatever the field.
    public static let wizard = KeyGroup<WizardAction>([
        KeyBinding([.tab], .nextField, "field.next"),
        KeyBinding([.backTab], .previousField, "field.previous"),
        KeyBinding([.pageDown], .nextScreen, "screen.next"),
        KeyBinding([.pageUp], .previousScreen, "screen.previous"),
        KeyBinding([.control("s")], .save, "save"),
        KeyBinding([.control("x")], .export, "export"),
    ])

    public enum TextAction: Equatable, Sendable {
        case edit(EditAction)
        case undo, externalEditor, enter, up, down
    }

    /// The keys of a text field (one line or several). Typed characters and pastes are inserted.
    public static let text = KeyGroup<TextAction>(
        [
            KeyBinding([.up], .up, "text.up"),
            KeyBinding([.down], .down, "text.down"),
            KeyBinding([.enter], .enter, "text.enter"),
            KeyBinding([.control("e")], .externalEditor, "text.externalEditor"),
        ] + lineEditing(TextAction.edit, end: KeyBinding([.end], .edit(.end), "text.end")) + [
            KeyBinding([.control("z")], .undo, "text.undo")
        ])

    /// The editing keys that every text input shares (a field, a dialog's input): the same keys, the same help.
    /// `end` differs: in a multi-line field Ctrl-E opens the external editor, in a dialog's input it is End.
    static func lineEditing<Action>(_ edit: (EditAction) -> Action, end: KeyBinding<Action>) -> [KeyBinding<Action>] {
        [
            KeyBinding([.left], edit(.left), "text.left"),
            KeyBinding([.right], edit(.right), "text.right"),
            KeyBinding([.home, .control("a")], edit(.home), "text.home"),
            end,
            KeyBinding([.wordLeft], edit(.wordLeft), "text.wordLeft"),
            KeyBinding([.wordRight], edit(.wordRight), "text.wordRight"),
            KeyBinding([.backspace], edit(.backspace), "text.backspace"),
            KeyBinding([.delete], edit(.deleteForward), "text.delete"),
            KeyBinding([.control("u")], edit(.killToStart), "text.killToStart"),
            KeyBinding([.control("k")], edit(.killToEnd), "text.killToEnd"),
        ]
    }

    public enum ChoiceAction: Equatable, Sendable { case open, previousOption, nextOption, up, down }

    /// The keys of a choice field; a typed letter opens its list filtered by that letter.
    public static let choice = KeyGroup<ChoiceAction>([
        KeyBinding([.enter, .character(" ")], .open, "choice.open"),
        KeyBinding([.left], .previousOption, "choice.previous"),
        KeyBinding([.right], .nextOption, "choice.next"),
        KeyBinding([.up], .up, "choice.up"),
        KeyBinding([.down], .down, "choice.down"),
    ])

    public enum AttachmentsAction: Equatable, Sendable { case up, down, open, add, remove, moveUp, moveDown }

    /// The keys of the list of attachments.
    public static let attachments = KeyGroup<AttachmentsAction>([
        KeyBinding([.enter], .open, "attachments.open"),
        KeyBinding([.insert], .add, "attachments.add"),
        KeyBinding([.delete, .control("d")], .remove, "attachments.remove"),
        KeyBinding([.shiftUp, .character("-")], .moveUp, "attachments.moveUp"),
        KeyBinding([.shiftDown, .character("+")], .moveDown, "attachments.moveDown"),
        KeyBinding([.up], .up, "attachments.up"),
        KeyBinding([.down], .down, "attachments.down"),
    ])

    public enum PopupAction: Equatable, Sendable {
        case choose, close, up, down, first, last, eraseFilter
        /// Typed text filters the list: no key of its own, a line in the key bar and the help.
        case filter
    }

    /// The keys of an open choice list; typed text filters it.
    public static let popup = KeyGroup<PopupAction>([
        KeyBinding([.up], .up, "popup.up"),
        KeyBinding([.down, .tab], .down, "popup.down"),
        KeyBinding([.enter], .choose, "popup.choose"),
        KeyBinding([], .filter, "popup.filter"),
        KeyBinding([.home, .pageUp], .first, "popup.first"),
        KeyBinding([.end, .pageDown], .last, "popup.last"),
        KeyBinding([.backspace], .eraseFilter, "popup.erase"),
        KeyBinding([.escape], .close, "popup.close"),
    ])

    public enum FormAction: Equatable, Sendable {
        case edit(EditAction)
        case confirm, close, nextField, previousField, undo
    }

    /// The keys of the single-line inputs of a dialog (an attachment, the export path): no undo of several steps,
    /// no external editor (Ctrl-E is End there).
    public static let form = KeyGroup<FormAction>(
        [
            KeyBinding([.enter], .confirm, "form.confirm"),
            KeyBinding([.tab, .down], .nextField, "form.next"),
            KeyBinding([.backTab, .up], .previousField, "form.previous"),
            KeyBinding([.escape], .close, "form.close"),
            KeyBinding([.control("z")], .undo, "form.undo"),
        ] + lineEditing(FormAction.edit, end: KeyBinding([.end, .control("e")], .edit(.end), "form.end")))

    public enum ReviewAction: Equatable, Sendable {
        case fix, togglePreview, up, down, first, last, export, pageDown, pageUp
    }

    /// The keys of the review screen (its problem list and the letter's preview). PgDn and PgUp page through the
    /// letter there (PgUp at its top goes back to the previous screen).
    public static let review = KeyGroup<ReviewAction>([
        KeyBinding([.enter], .fix, "review.fix"),
        KeyBinding([.tab, .backTab], .togglePreview, "review.preview"),
        KeyBinding([.pageDown], .pageDown, "review.pageDown"),
        KeyBinding([.pageUp], .pageUp, "review.pageUp"),
        KeyBinding([.character("e"), .character("x")], .export, "review.export"),
        KeyBinding([.up], .up, "review.up"),
        KeyBinding([.down], .down, "review.down"),
        KeyBinding([.home], .first, "review.first"),
        KeyBinding([.end], .last, "review.last"),
    ])

    public enum TimelineAction: Equatable, Sendable { case up, down, top, bottom, next, previous }

    /// The keys of the timeline screen.
    public static let timeline = KeyGroup<TimelineAction>([
        KeyBinding([.up], .up, "timeline.up"),
        KeyBinding([.down, .enter], .down, "timeline.down"),
        KeyBinding([.home], .top, "timeline.top"),
        KeyBinding([.end], .bottom, "timeline.bottom"),
        KeyBinding([.tab], .next, "timeline.next"),
        KeyBinding([.backTab], .previous, "timeline.previous"),
    ])

    public enum SendingAction: Equatable, Sendable {
        case edit(EditAction)
        case previousChannel, nextChannel, record, undo
    }

    /// The keys of the "Comment envoyer" step: ↑ ↓ choose the channel, typing edits the sending date, Enter records.
    public static let sending = KeyGroup<SendingAction>(
        [
            KeyBinding([.up], .previousChannel, "sending.choose"),
            KeyBinding([.down], .nextChannel, "sending.down"),
            KeyBinding([.enter], .record, "sending.record"),
            KeyBinding([.control("z")], .undo, "sending.undo"),
        ] + lineEditing(SendingAction.edit, end: KeyBinding([.end, .control("e")], .edit(.end), "form.end")))

    /// The entries of the key bar for a context: its groups' hints in order (the bar drops what does not fit,
    /// keeping help and quit).
    static func hints(_ hints: [KeyHint]...) -> [KeyHint] {
        var seen = Set<String>()
        return hints.joined().filter { seen.insert($0.key + $0.text).inserted }
    }
}
