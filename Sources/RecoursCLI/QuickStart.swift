import Foundation
import RecoursCore

/// The wizard's three everyday starts — `recours`, `recours new`, `recours open FILE`, without any option —
/// recognised before swift-argument-parser is asked.
///
/// Why: the parser builds its tree of commands by reflection at every start (`Mirror` over every option group,
/// the Swift runtime's first conformance look-ups for each type), a fifth of the time to the first screen. These
/// three forms have nothing to parse: anything else — an option, another command, `help`, a file name that looks
/// like an option, one word more — goes to the parser as before (`nil`). `QuickStartTests` checks that the parser
/// reads every form this accepts as the same command with no option set.
enum QuickStart: Equatable {
    case home
    case newDossier
    case open(file: String)

    init?(arguments: [String]) {
        switch arguments.count {
        case 0:
            self = .home
        case 1 where arguments[0] == "new":
            self = .newDossier
        case 2 where arguments[0] == "open" && Self.isPlainFileName(arguments[1]):
            self = .open(file: arguments[1])
        default:
            return nil
        }
    }

    /// A file name the parser cannot take for anything else: not empty, not an option, not a word it knows.
    static func isPlainFileName(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !["help", "new", "open"].contains(text)
    }

    /// Starts the wizard as the command of the same form does; false when this form must be left to the parser
    /// (`recours` without a terminal prints the help, which the parser writes).
    func run() throws -> Bool {
        let linear = LinearOption.isChosen(flag: false)
        let paths = AppPaths(draftsOverride: nil)
        switch self {
        case .home:
            guard linear || (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1) else { return false }
            try WizardLauncher.launch(.home, paths: paths, today: CalendarDate.today(), linear: linear)
        case .newDossier:
            try WizardLauncher.launch(.newDossier, paths: paths, today: CalendarDate.today(), linear: linear)
        case .open(let file):
            try WizardLauncher.open(file: file, paths: paths, today: CalendarDate.today(), linear: linear)
        }
        return true
    }
}
