import ArgumentParser
import Foundation
import RecoursCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: Texts.text("cli.timeline.abstract"), discussion: Texts.text("cli.timeline.discussion"))

    @Argument(help: ArgumentHelp(Texts.text("cli.draft.help"), valueName: Texts.text("cli.value.file")))
    var file: String

    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let dossier = try Loader.dossier(file)
        let catalog = try Loader.catalog(drafts.paths)
        let today = try date.today()
        let timeline = Timeline(dossier: dossier, catalog: catalog, today: today)
        let resolver = RecipientResolver(catalog: catalog)
        let text = TimelineText.render(timeline, dossier: dossier, resolver: resolver)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// The timeline as plain text for a terminal: one block per entry, 78 columns.
enum TimelineText {
    static let width = 78
    static let indent = String(repeating: " ", count: 16)

    static func marker(_ entry: TimelineEntry) -> String {
        if case .done = entry.status { return "✓" }
        switch entry.severity {
        case .none, .info: return "·"
        case .soon: return "!"
        case .urgent: return "!!"
        case .critical: return "!!!"
        case .passed: return "✗"
        }
    }

    /// "Le 15 juin…" → "le 15 juin…", after "À vérifier : ".
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func routeLabel(_ route: Route?) -> String {
        switch route {
        case .franceMutuelle?: Texts.text("cli.timeline.route.franceMutuelle")
        case .franceInsurer?: Texts.text("cli.timeline.route.franceInsurer")
        case .franceProvident?: Texts.text("cli.timeline.route.franceProvident")
        case .belgiumCompulsory?: Texts.text("cli.timeline.route.belgiumCompulsory")
        case .belgiumComplementary?: Texts.text("cli.timeline.route.belgiumComplementary")
        case .belgiumHospitalisation?: Texts.text("cli.timeline.route.belgiumHospitalisation")
        case nil: Texts.text("cli.timeline.route.none")
        }
    }

    static func wrap(_ line: String) -> [String] {
        TextWrapper.wrapLine(oneLine(line), width: width)
    }

    /// `text` wrapped after a prefix of 16 columns, continuation lines aligned under it.
    static func block(_ prefix: String, _ text: String) -> [String] {
        TextWrapper.wrapLine(oneLine(text), width: width - indent.count).enumerated().map {
            ($0.offset == 0 ? prefix : indent) + $0.element
        }
    }

    static func render(_ timeline: Timeline, dossier: Dossier, resolver: RecipientResolver) -> String {
        var lines: [String] = []
        lines += wrap(dossier.displayName(catalog: resolver.catalog))
        lines += wrap(
            Texts.text(
                "cli.timeline.header",
                dossier.fundLabel(catalog: resolver.catalog), routeLabel(timeline.route),
                String(dossier.currentStage.rawValue), dossier.currentStage.title))
        lines.append(Texts.text("cli.timeline.today", InterfaceDates.withWeekday(timeline.today)))
        lines.append("")
        if timeline.entries.isEmpty {
            lines.append(Texts.text("cli.timeline.empty"))
        }
        for entry in timeline.entries {
            let date = entry.status.keyDate.map(InterfaceDates.numeric) ?? String(repeating: " ", count: 10)
            let mark = marker(entry).padding(toLength: 4, withPad: " ", startingAt: 0)
            lines += block("\(date)  \(mark)", entry.title)
            if case .done = entry.status {
            } else {
                let status = French.capitalizedFirst(entry.status.phrase)
                lines += block(
                    indent,
                    !entry.severity.label.isEmpty && entry.severity != .passed
                        ? Texts.text("cli.timeline.status.severity", status, entry.severity.label)
                        : Texts.text("cli.timeline.status", status))
            }
            if !entry.situation.isEmpty { lines += block(indent, entry.situation) }
            if !entry.detail.isEmpty { lines += block(indent, entry.detail) }
            if let delay = entry.delayLine { lines += block(indent, Texts.text("cli.timeline.delay", delay)) }
            for note in entry.notes { lines += block(indent, Texts.text("cli.timeline.note", lowercasedFirst(note))) }
        }
        lines.append("")
        lines += wrap(Texts.text("cli.nextStep", timeline.nextStep.summary))
        if let warning = timeline.nextStep.warning { lines += wrap(Texts.text("cli.attention", warning)) }
        lines.append("")
        for note in timeline.notes { lines += wrap(note) }
        lines += wrap(Timeline.disclaimer)
        return lines.joined(separator: "\n") + "\n"
    }
}
