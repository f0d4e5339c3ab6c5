import Foundation
import RecoursCore

/// The commands of the linear view, typed at any prompt as ":word" (accents and case do not matter).
enum LinearCommand: String, CaseIterable, Equatable, Sendable {
    case help = "aide"
    case back = "retour"
    case next = "suivant"
    case goTo = "aller"
    case problems = "problemes"
    case letter = "lettre"
    case export = "exporter"
    case send = "envoyer"
    case sent = "envoye"
    case timeline = "delais"
    case editor = "editeur"
    case save = "enregistrer"
    case quit = "quitter"

    /// As the user reads and types it: ":problèmes".
    var spelled: String { Texts.text("linear.command.\(rawValue)") }
    var help: String { Texts.text("linear.command.\(rawValue).help") }

    /// The command a typed word names, in any language of the interface (a Dutch user who learnt ":terug" keeps
    /// it under a French interface), folded for accents and case.
    static func named(_ word: String) -> LinearCommand? {
        let folded = fold(word)
        if let command = LinearCommand(rawValue: folded) { return command }
        return allCases.first { command in
            DisplayLanguage.allCases.contains {
                fold(String(Texts.table($0).text("linear.command.\(command.rawValue)").drop { $0 == ":" })) == folded
            }
        }
    }

    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension LinearSession {
    /// ":aller 3" → (.goTo, "3"); nil for a line that is no command (typed text may begin with ":").
    static func command(_ line: String) -> (LinearCommand, String)? {
        let text = line.trimmed
        guard text.hasPrefix(":") else { return nil }
        let body = text.dropFirst()
        let word = body.prefix { !$0.isWhitespace }
        guard let command = LinearCommand.named(String(word)) else { return nil }
        return (command, String(body.dropFirst(word.count)).trimmed)
    }

    mutating func run(_ command: (LinearCommand, String), env: AppEnvironment, into out: inout LinearOutput) {
        let (name, argument) = command
        pending = .field
        switch name {
        case .help:
            out.lines.append(Texts.text("linear.help.title"))
            for command in LinearCommand.allCases { out.lines.append("  " + command.spelled + " — " + command.help) }
            out.lines.append(Texts.text("linear.help.answers"))
        case .back:
            back(env: env, into: &out)
        case .next:
            goToNextScreen(env: env, into: &out)
        case .goTo:
            goTo(argument, env: env, into: &out)
        case .problems:
            out.lines += problemLines()
        case .letter:
            let lines = wizard.letterPreview(env: env)
            out.lines.append(Texts.text("linear.letter.title", env.renderer.kind(for: wizard.dossier).title))
            page(lines, from: 0, into: &out)
        case .export:
            if case .blocked(let errors) = ExportPolicy.readiness(wizard.issues) {
                out.lines.append(
                    Texts.plural("status.exportBlocked", count: errors, String(errors)))
                out.lines.append(Texts.text("linear.problems.goTo"))
            } else {
                let suggested = wizard.defaultExportURL(env: env).path
                pending = .exportPath(suggested: suggested)
                out.lines.append(Texts.text("linear.export.suggested", suggested))
                out.prompt = Texts.text("linear.prompt.exportPath")
            }
        case .send:
            out.lines += sendingLines(env: env)
        case .sent:
            askSendingChannel(env: env, into: &out)
        case .timeline:
            out.lines += timelineLines(env: env)
        case .editor:
            if let spec = wizard.focusedSpec, spec.isMultiline {
                out.effects.append(.editExternally(text: wizard.dossier[spec.field]))
                awaitingResult = true
            } else {
                out.lines.append(
                    LinearSession.errorLine(Texts.text("linear.editor.onlyMultiline")))
            }
        case .save:
            out.effects.append(wizard.requestSave())
            out.lines.append(Texts.text("status.savedTo", wizard.draftURL.path))
        case .quit:
            // Saved even when nothing changed: the draft then resumes at this very question.
            if warnedUnsaved {
                quitting = true
                out.effects.append(wizard.requestSave())
                out.lines.append(Texts.text("linear.goodbye"))
                out.effects.append(.quit)
            } else {
                quitAfterSave = true
                awaitingResult = true  // the save's result says goodbye, or why not
                out.effects.append(wizard.requestSave())
            }
        }
    }

    /// ":aller 3" (a screen), ":aller problème 2" / ":aller p2" (a problem's field), ":aller téléphone" (a field
    /// or a screen whose name contains the words).
    mutating func goTo(_ target: String, env: AppEnvironment, into out: inout LinearOutput) {
        let folded = target.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if let number = Int(folded), let screen = WizardScreen.allCases.first(where: { $0.number == number }) {
            go(to: screen, env: env, into: &out)
            return
        }
        let problemPrefixes = ["probleme ", "p"]
        for prefix in problemPrefixes where folded.hasPrefix(prefix) {
            if let number = Int(folded.dropFirst(prefix.count).trimmed), number >= 1, number <= wizard.issues.count {
                let field = wizard.issues[number - 1].field
                out.effects += wizard.jump(to: field, context: context(env))
                pending = .field
                announceScreen(into: &out, env: env)
                return
            }
        }
        func matches(_ text: String) -> Bool {
            !folded.isEmpty
                && text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(folded)
        }
        if let screen = WizardScreen.allCases.first(where: { matches($0.title) }) {
            go(to: screen, env: env, into: &out)
        } else if let field = WizardState.screenFields.first(where: {
            // The dossier's name of the field, or its neutral one ("numéro national" finds the NIR too).
            matches($0.screenLabel(for: wizard.dossier.country)) || matches($0.label(for: wizard.dossier.country))
                || matches($0.screenLabel) || matches($0.label)
        }),
            let screen = WizardScreen.holding(field)
        {
            go(to: screen, focusing: field, env: env, into: &out)
            if wizard.focusedSpec?.field != field {
                out.lines.append(Texts.text("linear.goTo.hidden", field.label(for: wizard.dossier.country)))
            }
        } else {
            out.lines.append(
                LinearSession.errorLine(Texts.text("linear.goTo.unknown", target.oneLine())))
        }
    }

    /// Who the letter of the current stage goes to, how to reach them and what to keep: the full-screen step's
    /// lines (`SendingGuide`).
    func sendingLines(env: AppEnvironment) -> [String] {
        let guide = wizard.sendingGuide(env: env)
        var lines = guide.lines
        if guide.recipientName != nil, wizard.dossier.currentStage != .customerService {
            lines.append(Texts.text("linear.send.recordHint"))
        }
        return lines
    }

    /// ":envoyé": which channel (by number), then the date.
    mutating func askSendingChannel(env: AppEnvironment, into out: inout LinearOutput) {
        let guide = wizard.sendingGuide(env: env)
        guard wizard.dossier.currentStage != .customerService else {
            out.lines.append(Texts.text("sending.stage1.notRecorded"))
            return
        }
        guard guide.recipientName != nil, !guide.options.isEmpty else {
            out.lines += guide.lines
            return
        }
        for (i, option) in guide.options.enumerated() {
            out.lines += SendingGuide.optionLines(option, number: i + 1)
        }
        out.lines.append(Texts.text("linear.send.chooseChannel"))
        pending = .sendingChannel
        out.prompt = Texts.text("linear.prompt.channel")
    }

    mutating func answerSendingChannel(_ line: String, env: AppEnvironment, into out: inout LinearOutput) {
        let guide = wizard.sendingGuide(env: env)
        guard let number = Int(line.trimmed), number >= 1, number <= guide.options.count else {
            out.lines.append(
                LinearSession.errorLine(Texts.text("linear.send.badChannel", String(guide.options.count))))
            pending = .sendingChannel
            out.prompt = Texts.text("linear.prompt.channel")
            return
        }
        pending = .sendingDate(channel: guide.options[number - 1].channel)
        out.prompt = Texts.text("linear.send.askDate", InterfaceDates.numeric(env.today))
    }

    mutating func answerSendingDate(
        _ line: String, channel: SendingChannel, env: AppEnvironment, into out: inout LinearOutput
    ) {
        let text = line.trimmed.isEmpty ? InterfaceDates.numeric(env.today) : line.trimmed
        switch SendingGuide.parseDate(text, today: env.today, channel: channel) {
        case .failure(let error):
            out.lines.append(LinearSession.errorLine(error.message))
            pending = .sendingDate(channel: channel)
            out.prompt = Texts.text("linear.send.askDate", InterfaceDates.numeric(env.today))
        case .success:
            let stage = wizard.dossier.currentStage
            wizard.dossier.recordSending(stage: stage, date: text, channel: channel)
            wizard.markChanged(env: env)
            out.effects.append(wizard.requestSave())
            pending = .field
            if let said = wizard.dossier.sending(of: stage).sentDescription { out.lines.append(said) }
            out.lines += SendingGuide.followUp(
                dossier: wizard.dossier, stage: stage, catalog: env.catalog, today: env.today)
        }
    }
}
