import Foundation
import RecoursCore

extension AppState {
    /// The update function: the next state for an event, and the effects to run.
    public mutating func handle(_ event: Event, env: AppEnvironment) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            width = w
            height = h
            withWizard { $0.prepareFocus(env: env, width: w, height: h) }
            return []
        case .tick(let now):
            return withWizard { $0.tick(now: now) } ?? []
        case .terminate:
            quitting = true
            if let effects = withWizard({ wizard -> [Effect] in
                wizard.saveStatus == .saved ? [] : [wizard.requestSave()]
            }) {
                return effects + [.quit]
            }
            return [.quit]
        case .saved(let result):
            withWizard { $0.didSave(result) }
            if case .failure(let failure) = result {
                message = StatusMessage("Enregistrement impossible : \(failure.message) Nouvel essai dans un instant.", .error)
            }
            return []
        case .draftsListed(let drafts):
            withHome { home in
                home.drafts = drafts
                home.loaded = true
                home.selection = min(home.selection, drafts.count)
            }
            return []
        case .opened(let result):
            if let dossier = result.dossier {
                let (next, effects) = AppState.wizard(dossier: dossier, url: result.url, isNew: false, env: env, width: width, height: height)
                mode = next.mode
                message = nil
                return effects
            }
            message = StatusMessage(result.error ?? "Ce brouillon ne peut pas être ouvert.", .error)
            return []
        case .exported(let result):
            switch result {
            case .success(let path):
                message = StatusMessage("Lettre écrite dans \(path)", .ok)
                withWizard { $0.dialog = nil }
            case .failure(let failure):
                if let path = ExportPolicy.existingFile(inFailure: failure.message) {
                    withWizard { $0.dialog = .confirmOverwrite(path: path) }
                } else {
                    message = StatusMessage(failure.message, .error)
                }
            }
            return []
        case .deleted(let result):
            switch result {
            case .success(let path): message = StatusMessage("Brouillon supprimé : \(path)", .ok)
            case .failure(let failure): message = StatusMessage(failure.message, .error)
            }
            return [.listDrafts]
        case .editorFinished(let text, let error):
            if let error { message = StatusMessage(error, .error) }
            guard let text else { return [] }
            let (w, h) = (width, height)
            withWizard { $0.replaceFocusedText(text, env: env, width: w, height: h) }
            return []
        case .key(let key):
            return handleKey(key, env: env)
        }
    }

    mutating func handleKey(_ key: Key, env: AppEnvironment) -> [Effect] {
        if showHelp {
            if key == .escape || key == .function(1) || key == .character("q") || key == .enter { showHelp = false }
            return []
        }
        if key == .function(1) {
            showHelp = true
            return []
        }
        if isTooSmall {
            // Nothing can be edited blind; quitting still works.
            if key == .control("q") || key == .control("c") { return handle(.terminate, env: env) }
            return []
        }
        switch mode {
        case .home:
            return handleHomeKey(key, env: env)
        case .wizard:
            if key != .control("s") { message = nil }
            if key == .control("q") || key == .control("c") {
                return handle(.terminate, env: env)
            }
            let (w, h) = (width, height)
            var status = message
            let effects = withWizard { $0.handleKey(key, env: env, width: w, height: h, message: &status) } ?? []
            message = status
            return effects
        }
    }

    mutating func handleHomeKey(_ key: Key, env: AppEnvironment) -> [Effect] {
        guard case .home(var home) = mode else { return [] }
        if let index = home.confirmDelete {
            home.confirmDelete = nil
            mode = .home(home)
            if key == .character("o") || key == .character("O") || key == .character("y") {
                return [.delete(home.drafts[index].url)]
            }
            message = StatusMessage("Suppression annulée.", .muted)
            return []
        }
        let effects = handleHomeNavigation(key, home: &home, env: env)
        // Opening a new dossier switched to the wizard: keep that mode.
        if case .home = mode { mode = .home(home) }
        return effects
    }

    mutating func handleHomeNavigation(_ key: Key, home: inout HomeState, env: AppEnvironment) -> [Effect] {
        message = nil
        let rows = home.drafts.count + 1
        switch key {
        case .control("q"), .control("c"), .character("q"), .escape:
            quitting = true
            return [.quit]
        case .up:
            home.selection = max(0, home.selection - 1)
        case .down, .tab:
            home.selection = min(rows - 1, home.selection + 1)
        case .home, .pageUp:
            home.selection = 0
        case .end, .pageDown:
            home.selection = rows - 1
        case .character("n"), .control("n"):
            return newDossier(env: env)
        case .enter:
            if home.selection == 0 { return newDossier(env: env) }
            let draft = home.drafts[home.selection - 1]
            if let error = draft.error {
                message = StatusMessage(error, .error)
                return []
            }
            return [.open(draft.url)]
        case .delete, .character("d"), .character("s"):
            guard home.selection > 0 else { return [] }
            home.confirmDelete = home.selection - 1
        default:
            break
        }
        return []
    }

    mutating func newDossier(env: AppEnvironment) -> [Effect] {
        let dossier = Dossier()
        let url = DraftStore(directory: env.draftsDirectory).fileURL(for: dossier)
        let (next, effects) = AppState.wizard(dossier: dossier, url: url, isNew: true, env: env, width: width, height: height)
        mode = next.mode
        return effects
    }
}
