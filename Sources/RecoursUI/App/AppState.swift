import Foundation
import RecoursCore

/// A short line at the bottom of the screen: a confirmation or an error.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .ok) {
        self.text = text
        self.style = style
    }
}

/// The list of drafts the program opens on.
public struct HomeState: Equatable, Sendable {
    public var drafts: [DraftListing] = []
    /// 0 is "Nouveau dossier", then one row per draft.
    public var selection = 0
    public var loaded = false
    public var confirmDelete: Int?
    public var scroll = 0

    public init() {}
}

public enum Mode: Equatable, Sendable {
    case home(HomeState)
    case wizard(WizardState)
}

/// The whole UI state: a value. `handle(_:env:)` turns an event into the next state and the effects to run.
public struct AppState: Equatable, Sendable {
    public var mode: Mode
    public var width: Int
    public var height: Int
    public var showHelp = false
    /// First line shown in the help screen (it scrolls when the terminal is short).
    public var helpScroll = 0
    public var message: StatusMessage?
    /// The program is leaving (the runtime stops after the `.quit` effect).
    public var quitting = false
    /// Ctrl-Q was pressed while a save was due or under way: quit once it has succeeded.
    public var quitAfterSave = false
    /// A quit was refused because the last save failed: the next Ctrl-Q quits anyway.
    public var warnedUnsaved = false

    public init(mode: Mode, width: Int, height: Int) {
        self.mode = mode
        self.width = width
        self.height = height
    }

    /// The home screen; the caller runs the returned effects (listing the drafts).
    public static func home(width: Int, height: Int) -> (AppState, [Effect]) {
        (AppState(mode: .home(HomeState()), width: width, height: height), [.listDrafts])
    }

    /// The wizard on a dossier (a new one is saved at once so that it appears in the list).
    public static func wizard(
        dossier: Dossier, url: URL, isNew: Bool, env: AppEnvironment, width: Int, height: Int
    ) -> (AppState, [Effect]) {
        var state = AppState(mode: .mode(for: dossier, url: url, isNew: isNew, env: env), width: width, height: height)
        var effects: [Effect] = []
        state.withWizard { wizard in
            wizard.revalidate(env: env)
            wizard.prepareFocus(context: UpdateContext(env: env, width: width, height: height))
            if isNew { effects.append(wizard.requestSave()) }
        }
        return (state, effects)
    }

    /// The wizard on a new, empty dossier in the drafts folder (its id and creation date from the environment).
    public static func newDossier(env: AppEnvironment, width: Int, height: Int) -> (AppState, [Effect]) {
        let (dossier, url) = env.newDraft()
        return wizard(dossier: dossier, url: url, isNew: true, env: env, width: width, height: height)
    }

    public var isTooSmall: Bool { width < WizardLayout.minimumWidth || height < WizardLayout.minimumHeight }

    /// Changes the wizard in place. The wizard is taken out of `mode` while `body` runs, so that its buffers (the
    /// editor's text, the dossier) have one owner and are changed in place rather than copied at every key.
    mutating func withWizard<T>(_ body: (inout WizardState) -> T) -> T? {
        guard case .wizard(var wizard) = mode else { return nil }
        mode = .home(HomeState())
        let result = body(&wizard)
        mode = .wizard(wizard)
        return result
    }

    mutating func withHome<T>(_ body: (inout HomeState) -> T) -> T? {
        guard case .home(var home) = mode else { return nil }
        mode = .home(HomeState())
        let result = body(&home)
        mode = .home(home)
        return result
    }
}

extension Mode {
    static func mode(for dossier: Dossier, url: URL, isNew: Bool, env: AppEnvironment) -> Mode {
        .wizard(WizardState(dossier: dossier, draftURL: url, env: env, isNew: isNew))
    }
}
