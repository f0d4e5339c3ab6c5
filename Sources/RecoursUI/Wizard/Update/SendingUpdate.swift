import Foundation
import RecoursCore
import RecoursLetters

/// The "Comment envoyer" step: which channel is chosen, the sending date being typed, and what recording said.
public struct SendingState: Equatable, Sendable {
    /// The channel chosen among the guide's options; nil until the user moves (the planned one is shown).
    public var selection: Int?
    /// The sending date's input; nil until the user types (the stage's date, else today, is shown).
    public var date: TextEditor?
    /// Why the date typed was not recorded, shown beside it.
    public var error: String?
    /// The sending was just recorded: what comes next (the answer awaited, the next step), from the timeline as it
    /// was then, worked out once when recording rather than at every frame; nil once anything changes.
    public var followUp: [String]?
    public var recorded: Bool { followUp != nil }

    public init() {}
}

extension WizardState {
    /// The guide of the current stage.
    func sendingGuide(env: AppEnvironment) -> SendingGuide {
        SendingGuide(dossier: dossier, stage: dossier.currentStage, catalog: env.catalog)
    }

    /// The channel shown as chosen: the user's, else the one recorded or planned for the stage.
    func sendingSelection(_ guide: SendingGuide) -> Int {
        if let selection = sending.selection, selection < guide.options.count { return selection }
        return guide.plannedChannel.flatMap { channel in guide.options.firstIndex { $0.channel == channel } } ?? 0
    }

    /// The date the input starts from: the stage's sending date when it has one, else today.
    func sendingDateText(env: AppEnvironment) -> String {
        if let editor = sending.date { return editor.text }
        let recorded = dossier.sending(of: dossier.currentStage).date.trimmed
        return recorded.isEmpty || dossier.currentStage == .customerService
            ? InterfaceDates.numeric(env.today) : recorded
    }

    /// The sending date's input: the one being edited, else one on the date it starts from, cursor at its end.
    func sendingDateEditor(env: AppEnvironment) -> TextEditor {
        if var editor = sending.date {
            editor.width = Self.sendingDateWidth
            return editor
        }
        var fresh = TextEditor(text: sendingDateText(env: env), multiline: false, width: Self.sendingDateWidth)
        fresh.apply(.end)
        return fresh
    }

    /// Columns of the sending date's input.
    static let sendingDateWidth = 12

    /// Where the wizard suggests writing the letter: the letters' folder, under its readable name.
    func defaultExportURL(env: AppEnvironment) -> URL {
        env.lettersDirectory.appendingPathComponent(env.renderer.exportFileName(dossier, today: env.today))
    }

    mutating func handleSendingKey(_ key: Key, context: UpdateContext, message: inout StatusMessage?) -> [Effect] {
        let env = context.env
        let stage = dossier.currentStage
        let action = KeyMap.sending.action(for: key)
        switch action {
        case .previousChannel?, .nextChannel?:
            let guide = sendingGuide(env: env)
            guard !guide.options.isEmpty else { return [] }
            let step = action == .nextChannel ? 1 : -1
            let index = max(0, min(guide.options.count - 1, sendingSelection(guide) + step))
            sending.selection = index
            sending.followUp = nil
            // The channel chosen is the stage's planned one: the export follows it (an e-mail has a subject line).
            // Stage 1's record is the call itself: nothing is planned there.
            if stage != .customerService, dossier.sending(of: stage).channel != guide.options[index].channel {
                dossier.planSending(stage: stage, channel: guide.options[index].channel)
                markChanged(env: env)
            }
            return []
        case .record?:
            guard stage != .customerService else {
                message = StatusMessage(Texts.text("sending.stage1.notRecorded"), .muted)
                return []
            }
            let guide = sendingGuide(env: env)
            guard !guide.options.isEmpty else { return [] }
            let option = guide.options[sendingSelection(guide)]
            let text = sendingDateText(env: env).trimmed
            switch SendingGuide.parseDate(text, today: env.today, channel: option.channel) {
            case .failure(let error):
                // Beside the date, cut to the screen's width, and whole in the status line.
                sending.error = error.message
                sending.followUp = nil
                message = StatusMessage(error.message, .error)
                return []
            case .success:
                sending.error = nil
                dossier.recordSending(stage: stage, date: text, channel: option.channel)
                markChanged(env: env)
                sending.followUp = SendingGuide.followUp(
                    dossier: dossier, stage: stage, catalog: env.catalog, today: env.today)
                let said = dossier.sending(of: stage).sentDescription ?? text
                message = StatusMessage(Texts.text("status.sendingRecorded", said), .ok)
                // A date the rules refuse (before the contact, too late for the mediator) is recorded as typed,
                // and said here, where it was typed, rather than only on the stage's own screen.
                if let problem = issues.first(where: { $0.severity == .error && $0.field == stage.sendingDateField }) {
                    sending.error = problem.message
                    message = StatusMessage(Texts.text("status.sendingRecordedWithProblem", problem.message), .error)
                }
                return [requestSave()]
            }
        case .undo?:
            guard var editor = sending.date else { return [] }
            if editor.undo() {
                sending.date = editor
                sending.followUp = nil
            }
            sending.error = nil
            return []
        case .edit(let action)?:
            editDate(action, env: env, width: context.width)
            return []
        case nil:
            if let text = key.insertedText {
                // The date suggested (today, or the one recorded) is replaced by what is typed, as a selected text
                // would be: typed after it, "01/12/2026" made "02/12/202601/12/2026" (tester). Erasing and the
                // arrows still edit the suggestion.
                if sending.date == nil {
                    sending.date = TextEditor(text: "", multiline: false, width: Self.sendingDateWidth)
                }
                editDate(.insert(text.oneLine()), env: env, width: context.width)
            }
            return []
        }
    }

    private mutating func editDate(_ action: EditAction, env: AppEnvironment, width: Int) {
        var editor = sendingDateEditor(env: env)
        if editor.apply(action) {
            sending.error = nil
            sending.followUp = nil
        }
        sending.date = editor
    }
}
