import Foundation
import RecoursCore

/// The wizard's everyday starts — `recours`, `recours new`, `recours open FILE`, with the options they share
/// (`--drafts-dir`, `--date`, `--langue`/`--taal`, `--lineaire` and its other names) — recognised before
/// swift-argument-parser is asked.
///
/// Why: the parser builds its tree of commands by reflection at every start (`Mirror` over every option group, the
/// Swift runtime's first conformance look-ups for each type): a quarter of the work to the first screen. These forms
/// have little to parse, so they are read here, strictly: an option given twice, a value that starts with `-`, an
/// option before the command word, `--option=value`, a date or a language the parser would refuse (its message is
/// the one to show), another command, `help`, one word more — all go to the parser as before (`nil`).
/// `QuickStartTests` checks that the parser reads every accepted form to the same command and option values, on
/// fixed forms and on thousands of random ones.
struct QuickStart: Equatable {
    enum Command: Equatable {
        case home
        case newDossier
        case open(file: String)
    }

    var command: Command
    var draftsDirectory: String?
    var dateText: String?
    var language: String?
    var dutchNamedLanguage: String?
    var linear = false

    static let linearNames = Set(LinearOption.longNames.map { "--" + $0 })

    init?(arguments: [String]) {
        var rest = arguments[...]
        var file: String?
        switch rest.first {
        case "new":
            command = .newDossier
            rest.removeFirst()
        case "open":
            command = .open(file: "")
            rest.removeFirst()
        default:
            command = .home
        }
        while let word = rest.popFirst() {
            if Self.linearNames.contains(word) {
                guard !linear else { return nil }
                linear = true
                continue
            }
            guard word.hasPrefix("-") else {
                // The one file name of `open`; a word anywhere else is a command or an argument for the parser.
                guard case .open = command, file == nil, Self.isPlainValue(word),
                    !["help", "new", "open"].contains(word)
                else { return nil }
                file = word
                continue
            }
            guard let value = rest.popFirst(), Self.isPlainValue(value) else { return nil }
            switch word {
            case "--drafts-dir" where draftsDirectory == nil:
                draftsDirectory = value
            case "--date" where dateText == nil:
                guard case .success = DateParser.parse(value) else { return nil }
                dateText = value
            case "--langue" where language == nil:
                guard DisplayLanguage(rawValue: value.lowercased()) != nil else { return nil }
                language = value
            case "--taal" where dutchNamedLanguage == nil:
                guard DisplayLanguage(rawValue: value.lowercased()) != nil else { return nil }
                dutchNamedLanguage = value
            default:
                return nil
            }
        }
        if case .open = command {
            guard let file else { return nil }
            command = .open(file: file)
        }
    }

    /// A value the parser cannot take for an option or for nothing: not empty, not starting with `-`.
    static func isPlainValue(_ text: String) -> Bool { !text.isEmpty && !text.hasPrefix("-") }

    /// Starts the wizard as the command of the same form does; false when this form must be left to the parser
    /// (`recours` without a terminal prints the help, which the parser writes).
    func run() throws -> Bool {
        let linear = LinearOption.isChosen(flag: linear)
        let paths = AppPaths(draftsOverride: draftsDirectory)
        let today = dateText.flatMap(DateParser.date) ?? CalendarDate.today()
        switch command {
        case .home:
            guard WizardLauncher.opensHome(linear: linear) else { return false }
            try WizardLauncher.launch(.home, paths: paths, today: today, linear: linear)
        case .newDossier:
            try WizardLauncher.launch(.newDossier, paths: paths, today: today, linear: linear)
        case .open(let file):
            try WizardLauncher.open(file: file, paths: paths, today: today, linear: linear)
        }
        return true
    }
}
