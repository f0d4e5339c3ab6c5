import Foundation
import RecoursCore

/// What the linear view says after an answer: lines to append, the prompt to end on, the effects to run.
public struct LinearOutput: Equatable, Sendable {
    public var lines: [String] = []
    /// Printed without a line break after it; the answer is typed after it.
    public var prompt: String = ""
    public var effects: [Effect] = []

    public init(lines: [String] = [], prompt: String = "", effects: [Effect] = []) {
        self.lines = lines
        self.prompt = prompt
        self.effects = effects
    }
}

/// The wizard for screen readers, braille displays and dumb terminals: the same dossier, fields, validation,
/// drafts and letters as the full-screen view (it drives the same `WizardState`), but its output is only ever
/// appended lines of words: no cursor movement, no colour, no symbol without a word. Each answer is one line.
public struct LinearSession: Equatable, Sendable {
    /// The wizard it drives: its screen and focus are where the questions are.
    public var wizard: WizardState
    /// Lines are wrapped to this width (80 when the terminal's is unknown).
    public let width: Int
    var pending: Pending = .field
    public var quitting = false
    var quitAfterSave = false
    var warnedUnsaved = false
    /// An export, an external editor or a save before quitting was asked for: its result asks the next question.
    var awaitingResult = false

    /// What the next line answers.
    enum Pending: Equatable, Sendable {
        /// The focused field's value (or a command).
        case field
        /// A multi-line text, line after line, up to a line holding only ".".
        case multiline(lines: [String])
        /// A number to edit, "+" to add, "-N" to remove, Enter to go on.
        case attachments
        /// One of the three texts of an attachment.
        case attachmentPart(index: Int, part: Int)
        /// Enter for the next page of a text being read, "q" to stop.
        case page(lines: [String], next: Int)
        case exportPath(suggested: String)
        case confirmOverwrite(path: String)
        /// ":envoyé": the number of the channel, then the sending date.
        case sendingChannel
        case sendingDate(channel: SendingChannel)
    }

    static let pageLines = 20

    public init(wizard: WizardState, width: Int) {
        self.wizard = wizard
        self.width = max(20, width)
    }

    /// Opens a dossier: says where it is, asks the first question (where the user left, for a resumed draft).
    public static func start(
        dossier: Dossier, url: URL, isNew: Bool, env: AppEnvironment, width: Int
    ) -> (LinearSession, LinearOutput) {
        var wizard = WizardState(dossier: dossier, draftURL: url, env: env, isNew: isNew)
        wizard.revalidate(env: env)
        var session = LinearSession(wizard: wizard, width: width)
        var out = LinearOutput()
        out.lines = [Texts.text("linear.welcome"), Texts.text("linear.commandsHint")]
        if isNew { out.effects.append(session.wizard.requestSave()) }
        session.announceScreen(into: &out, env: env)
        session.ask(into: &out, env: env)
        return (session, out.wrapped(to: session.width))
    }

    // MARK: Answers

    /// One line typed by the user (without its line break).
    public mutating func answer(_ raw: String, env: AppEnvironment) -> LinearOutput {
        var out = LinearOutput()
        // Cleaned as a one-line field's text: escape sequences dropped, controls removed.
        let line = TextEditor.sanitize(raw, multiline: false)
        // A command is a known word after ":"; once a multi-line text has begun, every line is text up to ".".
        if let command = Self.command(line), !hasTypedLines {
            run(command, env: env, into: &out)
        } else {
            answerPending(line, env: env, into: &out)
        }
        if !quitting, !awaitingResult, out.prompt.isEmpty { ask(into: &out, env: env) }
        return out.wrapped(to: width)
    }

    /// The input ended (Ctrl-D, a closed pipe): save and leave, as a signal would.
    public mutating func endOfInput() -> LinearOutput {
        quitting = true
        var out = LinearOutput(lines: [Texts.text("linear.endOfInput")])
        out.effects += wizard.saveIfNeeded()
        out.effects.append(.quit)
        return out.wrapped(to: width)
    }

    /// The result of an effect it asked for.
    public mutating func handle(_ event: Event, env: AppEnvironment) -> LinearOutput {
        var out = LinearOutput()
        switch event {
        case .saved(let result):
            wizard.autosave.finished(result)
            switch result {
            case .success:
                warnedUnsaved = false
                if quitAfterSave, wizard.autosave.isSettled {
                    quitting = true
                    out.lines.append(Texts.text("linear.goodbye"))
                    out.effects.append(.quit)
                }
            case .failure(let failure):
                out.lines.append(
                    LinearSession.errorLine(Texts.text("status.saveFailed", failure.message)))
                if quitAfterSave {
                    quitAfterSave = false
                    awaitingResult = false
                    warnedUnsaved = true
                    out.lines.append(Texts.text("linear.quitUnsaved"))
                    ask(into: &out, env: env)
                }
            }
        case .exported(let result):
            awaitingResult = false
            switch result {
            case .success(let path):
                out.lines.append(Texts.text("status.exported", path))
                pending = .field
            case .failure(.fileExists(let path)):
                pending = .confirmOverwrite(path: path)
                out.lines.append(Texts.text("linear.export.exists", path))
                out.prompt = Texts.text("linear.prompt.yesNo")
                return out.wrapped(to: width)
            case .failure(.failed(let reason)):
                out.lines.append(LinearSession.errorLine(reason))
                pending = .field
            }
            ask(into: &out, env: env)
        case .editorFinished(let text, let error):
            awaitingResult = false
            if let error { out.lines.append(LinearSession.errorLine(error)) }
            if let text, let spec = wizard.focusedSpec, spec.isTextual {
                store(text, in: spec.field, env: env, into: &out)
                advance(env: env, into: &out)
            }
            pending = .field
            ask(into: &out, env: env)
        default:
            break
        }
        return out.wrapped(to: width)
    }

    var hasTypedLines: Bool {
        if case .multiline(let lines) = pending { return !lines.isEmpty }
        return false
    }

    mutating func answerPending(_ line: String, env: AppEnvironment, into out: inout LinearOutput) {
        switch pending {
        case .field:
            answerField(line, env: env, into: &out)
        case .multiline(var lines):
            if line == "." {
                pending = .field
                guard let spec = wizard.focusedSpec else { return }
                store(lines.joined(separator: "\n"), in: spec.field, env: env, into: &out)
                advance(env: env, into: &out)
            } else if lines.isEmpty, line.isEmpty {
                // Enter at once keeps the text as it is.
                pending = .field
                if let spec = wizard.focusedSpec { out.lines.append(kept(spec.field)) }
                advance(env: env, into: &out)
            } else {
                lines.append(line)
                pending = .multiline(lines: lines)
                out.prompt = Texts.text("linear.prompt.nextLine")
            }
        case .attachments:
            answerAttachments(line, env: env, into: &out)
        case .attachmentPart(let index, let part):
            if !line.isEmpty { store(line, in: AttachmentDialog.field(part, index), env: env, into: &out) }
            if part < 2 {
                pending = .attachmentPart(index: index, part: part + 1)
            } else {
                wizard.touched.formUnion(Field.attachmentFields(index))
                pending = .attachments
            }
        case .page(let lines, let next):
            if line.lowercased() == "q" || next >= lines.count {
                pending = .field
            } else {
                page(lines, from: next, into: &out)
            }
        case .exportPath(let suggested):
            pending = .field
            let path = line.isEmpty ? suggested : line
            export(to: wizard.exportURL(path, env: env), overwrite: false, env: env, into: &out)
        case .sendingChannel:
            answerSendingChannel(line, env: env, into: &out)
        case .sendingDate(let channel):
            answerSendingDate(line, channel: channel, env: env, into: &out)
        case .confirmOverwrite(let path):
            pending = .field
            if Self.isYes(line) {
                export(to: URL(fileURLWithPath: path), overwrite: true, env: env, into: &out)
            } else {
                out.lines.append(Texts.text("status.exportCancelled"))
            }
        }
    }

    /// "o", "oui", "j", "ja", "y", "yes": as the confirmations of the full-screen view.
    static func isYes(_ line: String) -> Bool {
        let word = line.trimmed.lowercased()
        return ["oui", "ja", "yes"].contains(word)
            || (word.count == 1 && KeyMap.confirm.contains(.character(word.first!)))
    }

    /// The letter as the full-screen view exports it (same renderer, same date); the result asks what comes next.
    mutating func export(to url: URL, overwrite: Bool, env: AppEnvironment, into out: inout LinearOutput) {
        switch env.renderer.exportableText(wizard.dossier, date: env.today) {
        case .success(let text):
            awaitingResult = true
            out.effects.append(.export(text: text, to: url, overwrite: overwrite))
        case .failure(let problem):
            out.lines.append(Self.errorLine(problem.message))
        }
    }

    mutating func answerField(_ line: String, env: AppEnvironment, into out: inout LinearOutput) {
        guard let spec = wizard.focusedSpec else {
            // A screen without fields (the timeline, the review): Enter goes on.
            goToNextScreen(env: env, into: &out)
            return
        }
        switch spec.kind {
        case .text, .date:
            if line.isEmpty {
                out.lines.append(kept(spec.field))
            } else {
                store(line, in: spec.field, env: env, into: &out)
            }
            advance(env: env, into: &out)
        case .multilineText:
            // Reached only when the prompt of a multi-line field was left (after a command): ask again.
            pending = .multiline(lines: line.isEmpty ? [] : [line])
            if line.isEmpty {
                answerPending("", env: env, into: &out)
            } else {
                out.prompt = Texts.text("linear.prompt.nextLine")
            }
        case .choice:
            let options = ChoiceOptions.options(for: spec.field, dossier: wizard.dossier, catalog: env.catalog)
            if line.isEmpty {
                out.lines.append(kept(spec.field))
                advance(env: env, into: &out)
            } else if let number = Int(line.trimmed), number >= 1, number <= options.count {
                wizard.choose(options[number - 1].value, for: spec.field, context: context(env))
                wizard.touched.insert(spec.field)
                out.lines.append(Texts.text("linear.understood", options[number - 1].label))
                sayProblems(of: spec.field, into: &out)
                advance(env: env, into: &out)
            } else {
                out.lines.append(
                    LinearSession.errorLine(Texts.text("linear.choice.invalid", String(options.count))))
            }
        case .attachmentList:
            pending = .attachments
            answerAttachments(line, env: env, into: &out)
        }
    }

    mutating func answerAttachments(_ line: String, env: AppEnvironment, into out: inout LinearOutput) {
        let count = wizard.dossier.dispute.attachments.count
        let text = line.trimmed
        if text.isEmpty {
            pending = .field
            wizard.leave(wizard.focusedSpec ?? FieldSpec(.attachments))
            advance(env: env, into: &out)
        } else if text == "+" {
            wizard.dossier.dispute.attachments.append(Attachment())
            wizard.markChanged(env: env)
            pending = .attachmentPart(index: count, part: 0)
        } else if text.hasPrefix("-"), let number = Int(text.dropFirst()), number >= 1, number <= count {
            wizard.dossier.dispute.attachments.remove(at: number - 1)
            wizard.markChanged(env: env)
            out.lines.append(Texts.text("status.attachmentRemoved"))
            out.effects.append(wizard.requestSave())
        } else if let number = Int(text), number >= 1, number <= count {
            pending = .attachmentPart(index: number - 1, part: 0)
        } else {
            out.lines.append(
                LinearSession.errorLine(Texts.text("linear.attachments.invalid"))
            )
        }
    }

    /// Writes a value, says how it was understood (or what is wrong with it), saves.
    mutating func store(_ value: String, in field: Field, env: AppEnvironment, into out: inout LinearOutput) {
        let clean = TextEditor.sanitize(value, multiline: field.kind == .multilineText)
        wizard.setValue(clean, of: field, env: env)
        wizard.touched.insert(field)
        if field.kind == .date, let date = DateParser.date(clean) {
            out.lines.append(Texts.text("linear.understood", InterfaceDates.withWeekday(date)))
        } else if field == .amount, let cents = AmountParser.cents(clean) {
            out.lines.append(Texts.text("linear.understood", AmountParser.format(cents: cents)))
        } else {
            out.lines.append(Texts.text("linear.noted"))
        }
        sayProblems(of: field, into: &out)
        out.effects += wizard.saveIfNeeded()
    }

    /// What Enter alone did: kept the value, or left the field empty.
    func kept(_ field: Field) -> String {
        Texts.text(wizard.dossier[field].isBlank ? "linear.leftEmpty" : "linear.kept")
    }

    func sayProblems(of field: Field, into out: inout LinearOutput) {
        for issue in wizard.issues where issue.field == field {
            out.lines.append(Texts.text("linear.labelled", Self.word(issue.severity), issue.message.oneLine()))
        }
    }

    static func word(_ severity: Severity) -> String {
        Texts.text(severity == .error ? "linear.word.error" : "linear.word.warning")
    }

    /// "Erreur : …": a refusal said in the linear view.
    static func errorLine(_ text: String) -> String { Texts.text("linear.labelled", word(.error), text) }

    // MARK: Moving

    func context(_ env: AppEnvironment) -> UpdateContext { UpdateContext(env: env, width: width, height: 24) }

    /// The next field, or the next screen after the last one.
    mutating func advance(env: AppEnvironment, into out: inout LinearOutput) {
        if wizard.focus + 1 < wizard.fields.count {
            wizard.moveFocus(to: wizard.focus + 1, context: context(env))
        } else {
            goToNextScreen(env: env, into: &out)
        }
    }

    mutating func goToNextScreen(env: AppEnvironment, into out: inout LinearOutput) {
        guard let next = wizard.screen.next else {
            out.lines.append(Texts.text("linear.lastScreen"))
            return
        }
        go(to: next, env: env, into: &out)
    }

    mutating func go(
        to screen: WizardScreen, focusing field: Field? = nil, env: AppEnvironment, into out: inout LinearOutput
    ) {
        out.effects += wizard.go(to: screen, focusing: field, context: context(env))
        pending = .field
        announceScreen(into: &out, env: env)
    }

    /// The previous field, or the last field of the previous screen.
    mutating func back(env: AppEnvironment, into out: inout LinearOutput) {
        pending = .field
        if wizard.focus > 0 {
            wizard.moveFocus(to: wizard.focus - 1, context: context(env))
        } else if let previous = wizard.screen.previous {
            go(to: previous, env: env, into: &out)
            if !wizard.fields.isEmpty { wizard.moveFocus(to: wizard.fields.count - 1, context: context(env)) }
        } else {
            out.lines.append(Texts.text("linear.firstField"))
        }
    }

    // MARK: Saying

    /// Says which screen this is; a screen without fields (the timeline, the review) says its content too, once.
    func announceScreen(into out: inout LinearOutput, env: AppEnvironment) {
        let screen = wizard.screen
        out.lines.append("")
        out.lines.append(
            Texts.text(
                "linear.screen", String(screen.number), String(WizardScreen.allCases.count), screen.title))
        if let stage = screen.stage, stage > wizard.dossier.currentStage {
            out.lines.append(Texts.text("linear.stageNotReached"))
        }
        switch screen {
        case .timeline:
            out.lines += timelineLines(env: env)
        case .review:
            out.lines += problemLines()
            out.lines.append(Texts.text("linear.review.next"))
        case .sending:
            out.lines += sendingLines(env: env)
        default:
            break
        }
    }

    /// The question of the focused field (or what a screen without fields shows, then "Entrée pour continuer").
    mutating func ask(into out: inout LinearOutput, env: AppEnvironment) {
        guard pending == .field || pending == .attachments else {
            if case .attachmentPart(let index, let part) = pending {
                let field = AttachmentDialog.field(part, index)
                out.lines.append(Texts.text("linear.attachment.part", String(index + 1), AttachmentDialog.labels[part]))
                out.lines.append(Texts.text("linear.currentValue", currentValue(wizard.dossier[field])))
                out.prompt = Texts.text("linear.prompt.answer")
            }
            return
        }
        switch wizard.screen {
        case .timeline, .review, .sending:
            // Their content was said on arrival (`announceScreen`): asked again after a command, only the prompt.
            out.prompt = Texts.text("linear.prompt.continue")
            return
        default:
            break
        }
        guard let spec = wizard.focusedSpec else { return }
        let fields = wizard.fields
        out.lines.append("")
        out.lines.append(
            Texts.text(
                "linear.field", String(wizard.focus + 1), String(fields.count),
                spec.field.label(for: wizard.dossier.country)))
        let value = wizard.dossier[spec.field]
        switch spec.kind {
        case .text, .date:
            out.lines.append(Texts.text("linear.currentValue", currentValue(value)))
            if spec.kind == .date, let date = DateParser.date(value) {
                out.lines.append(Texts.text("linear.understoodAs", InterfaceDates.withWeekday(date)))
            }
        case .multilineText:
            if value.isBlank {
                out.lines.append(Texts.text("linear.currentValue", Texts.text("linear.empty")))
                // An empty address field: the address the letters take meanwhile, as the wizard shows it.
                if let fallback = FieldFallback.text(for: spec.field, dossier: wizard.dossier, catalog: env.catalog) {
                    out.lines.append(fallback)
                }
            } else {
                out.lines.append(Texts.text("linear.currentText"))
                out.lines += value.split(separator: "\n", omittingEmptySubsequences: false).map {
                    "  " + String($0).oneLine()
                }
            }
        case .choice:
            let options = ChoiceOptions.options(for: spec.field, dossier: wizard.dossier, catalog: env.catalog)
            let label = ChoiceOptions.display(for: spec.field, dossier: wizard.dossier, catalog: env.catalog)
            out.lines.append(
                Texts.text("linear.currentValue", label.map { $0.oneLine() } ?? Texts.text("linear.notChosen")))
            for (i, option) in options.enumerated() {
                // Options numbered by themselves ("2. Réclamation écrite") keep their number.
                let label = option.label.oneLine()
                out.lines.append(label.hasPrefix("\(i + 1). ") ? "  " + label : "  \(i + 1). " + label)
            }
        case .attachmentList:
            let attachments = wizard.dossier.dispute.attachments
            out.lines.append(
                Texts.plural("linear.attachments.count", count: attachments.count, String(attachments.count)))
            for (i, a) in attachments.enumerated() {
                var text =
                    "  \(i + 1). "
                    + (a.description.isBlank ? Texts.text("wizard.attachment.noDescription") : a.description.oneLine())
                if !a.date.isBlank { text += " — " + a.date.oneLine() }
                if !a.path.isBlank { text += " — " + a.path.oneLine() }
                out.lines.append(text)
            }
        }
        // A hint that speaks of keys has its own words here (`.linearHint`).
        // A date's hint says its format, which the format line says already.
        var hint =
            Texts.has(spec.field.labelKey + ".linearHint")
            ? Texts.text(spec.field.labelKey + ".linearHint") : spec.hint(for: wizard.dossier.country)
        if spec.kind == .date, hint == Texts.field(.incidentDate, .hint) { hint = "" }
        if !hint.isEmpty { out.lines.append(Texts.text("linear.help", hint)) }
        if let format = Self.format(of: spec) { out.lines.append(Texts.text("linear.format", format)) }
        if wizard.touched.contains(spec.field) {
            if wizard.issues.contains(where: { $0.field == spec.field }) {
                sayProblems(of: spec.field, into: &out)
            } else if !value.isBlank || spec.kind == .attachmentList && !wizard.dossier.dispute.attachments.isEmpty {
                out.lines.append(Texts.text("linear.state.correct"))
            }
        }
        switch spec.kind {
        case .text, .date: out.prompt = Texts.text("linear.prompt.answer")
        case .multilineText:
            pending = .multiline(lines: [])
            out.prompt = Texts.text("linear.prompt.multiline")
        case .choice: out.prompt = Texts.text("linear.prompt.choice")
        case .attachmentList:
            pending = .attachments
            out.prompt = Texts.text("linear.prompt.attachments")
        }
    }

    static func format(of spec: FieldSpec) -> String? {
        switch spec.kind {
        case .date: Texts.text("linear.format.date")
        case .multilineText: Texts.text("linear.format.multiline")
        case .choice: Texts.text("linear.format.choice")
        case .attachmentList: Texts.text("linear.format.attachments")
        case .text: spec.field == .amount ? Texts.text("linear.format.amount") : nil
        }
    }

    func currentValue(_ value: String) -> String { value.isBlank ? Texts.text("linear.empty") : value.oneLine() }

    func problemLines() -> [String] {
        let problems = wizard.issues
        let stage = String(wizard.dossier.currentStage.rawValue)
        guard !problems.isEmpty else {
            return [Texts.text("linear.problems.none", stage)]
                + [
                    wizard.earlierLetterProblem.map {
                        Self.errorLine(earlierLetterLine($0, country: wizard.dossier.country))
                    }
                ].compactMap { $0 }
        }
        let errors = problems.filter { $0.severity == .error }.count
        var lines = [
            errors == 0
                ? Texts.plural("linear.problems.exportable", count: problems.count, String(problems.count))
                : Texts.plural("linear.problems.errors", count: errors, String(errors), stage)
        ]
        for (i, issue) in problems.enumerated() {
            lines.append(
                "  \(i + 1). " + Self.word(issue.severity) + " — "
                    + Texts.text(
                        "linear.labelled", issue.field.label(for: wizard.dossier.country), issue.message.oneLine())
            )
        }
        lines.append(Texts.text("linear.problems.goTo"))
        if let earlier = wizard.earlierLetterProblem {
            lines.append(Self.errorLine(earlierLetterLine(earlier, country: wizard.dossier.country)))
        }
        return lines
    }

    func timelineLines(env: AppEnvironment) -> [String] {
        let timeline = Timeline(dossier: wizard.dossier, catalog: env.catalog, today: env.today)
        var lines = [Texts.text("linear.timeline.next", timeline.nextStep.summary.oneLine())]
        if let warning = timeline.nextStep.warning {
            lines.append(Texts.text("linear.labelled", Texts.text("linear.word.warning"), warning.oneLine()))
        }
        for entry in timeline.entries {
            lines.append("- " + entry.title.oneLine() + " — " + entry.status.phrase.oneLine())
            if !entry.detail.isEmpty { lines.append("  " + entry.detail.oneLine()) }
            if let delay = entry.delayLine { lines.append("  " + delay.oneLine()) }
        }
        lines.append(Timeline.disclaimer.oneLine())
        return lines
    }

    mutating func page(_ lines: [String], from start: Int, into out: inout LinearOutput) {
        let end = min(lines.count, start + Self.pageLines)
        out.lines += lines[start..<end]
        if end < lines.count {
            pending = .page(lines: lines, next: end)
            out.prompt = Texts.text("linear.prompt.page", String(end), String(lines.count))
        } else {
            pending = .field
            out.lines.append(Texts.text("linear.page.end"))
        }
    }
}

extension Array where Element == String {
    /// Every line of every text wrapped to `width` (no line is ever longer, so nothing wraps behind the reader's back).
    func wrapped(to width: Int) -> [String] {
        flatMap { line -> [String] in
            guard DisplayWidth.of(line) > width else { return [line] }
            return TextWrapper.wrap(line, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
        }
    }
}

extension LinearOutput {
    func wrapped(to width: Int) -> LinearOutput {
        LinearOutput(lines: lines.wrapped(to: width), prompt: prompt, effects: effects)
    }
}
