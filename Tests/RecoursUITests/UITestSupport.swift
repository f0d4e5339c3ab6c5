import Foundation
import RecoursCore
import RecoursLetters
import Testing

@testable import RecoursUI

enum UIRepo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    static let env: AppEnvironment = {
        let resources = root.appendingPathComponent("Resources")
        let catalog = try! OrganismCatalog.read(resources.appendingPathComponent(OrganismCatalog.fileName))
        let templates = try! LetterTemplates(shipped: resources.appendingPathComponent("templates"))
        return AppEnvironment(
            catalog: catalog, today: CalendarDate(year: 2026, month: 11, day: 22)!,
            renderer: LetterRenderer(templates: templates, catalog: catalog),
            draftsDirectory: URL(fileURLWithPath: "/tmp/recours-ui-tests/drafts"),
            homeDirectory: URL(fileURLWithPath: "/home/test-user"),
            now: { Date(timeIntervalSince1970: 1_780_000_000) }, makeDossierId: { "test-new" },
            // The update must not reach the disk: a test whose dossier names a file says what exists (`withFiles`).
            fileExists: { path in
                Issue.record("unexpected file check: \(path)")
                return false
            })
    }()

    /// The test environment where exactly `paths` exist.
    static func withFiles(_ paths: Set<String>) -> AppEnvironment {
        var env = self.env
        env.fileExists = { paths.contains($0) }
        return env
    }

    static func example(_ name: String) -> Dossier {
        try! DraftStore.load(root.appendingPathComponent("Examples/\(name).json"))
    }
}

/// A running UI in memory: send keys, read the screen, collect effects.
struct Harness {
    var state: AppState
    var effects: [Effect] = []
    let env: AppEnvironment

    init(width: Int = 80, height: Int = 24) {
        env = UIRepo.env
        var dossier = Dossier(id: "test-ui", createdAt: Date(timeIntervalSince1970: 1_780_000_000))
        dossier.title = ""
        let url = URL(fileURLWithPath: "/tmp/recours-ui-tests/drafts/test-ui.json")
        (state, effects) = AppState.wizard(
            dossier: dossier, url: url, isNew: true, env: UIRepo.env, width: width, height: height)
    }

    /// The wizard on a dossier; `env` says which files exist when the dossier's attachments name some.
    init(dossier: Dossier, env: AppEnvironment = UIRepo.env, width: Int = 80, height: Int = 24) {
        self.env = env
        let url = URL(fileURLWithPath: "/tmp/recours-ui-tests/drafts/\(dossier.id).json")
        (state, effects) = AppState.wizard(
            dossier: dossier, url: url, isNew: false, env: env, width: width, height: height)
    }

    init(home drafts: [DraftListing], env: AppEnvironment = UIRepo.env, width: Int = 80, height: Int = 24) {
        self.env = env
        (state, effects) = AppState.home(width: width, height: height)
        effects += state.handle(.draftsListed(drafts), env: env)
    }

    @discardableResult
    mutating func send(_ event: Event) -> [Effect] {
        let new = state.handle(event, env: env)
        effects += new
        return new
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var all: [Effect] = []
        for key in keys { all += send(.key(key)) }
        return all
    }

    /// Types text one character at a time, as a person would.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    var wizard: WizardState {
        guard case .wizard(let w) = state.mode else { fatalError("not in the wizard") }
        return w
    }

    var dossier: Dossier { wizard.dossier }
    var screen: ScreenBuffer { render(state, env: env) }
    var text: String { screen.text }

    /// Moves the focus to a field of the current screen with Tab / Shift-Tab.
    mutating func focus(_ field: Field) {
        for _ in 0..<30 {
            if wizard.focusedSpec?.field == field { return }
            press(.tab)
        }
        Issue.record("field \(field) not reachable on \(wizard.screen)")
    }

    mutating func goTo(_ screen: WizardScreen) {
        for _ in 0..<40 where wizard.screen != screen {
            press(wizard.screen.number < screen.number ? .pageDown : .pageUp)
        }
    }

    /// Compares the screen with a snapshot file; `RECOURS_UPDATE_GOLDEN=1` rewrites it.
    func expectSnapshot(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = UIRepo.snapshots.appendingPathComponent("\(name).txt")
        let actual = text + "\n"
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: UIRepo.snapshots, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
