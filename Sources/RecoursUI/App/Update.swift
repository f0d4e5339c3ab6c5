import Foundation
import RecoursCore

extension AppState {
    /// The update function: the next state for an event, and the effects to run. It holds every policy (when to
    /// save, when quitting must wait); the runtime only runs the effects and sends back their results.
    public mutating func handle(_ event: Event, env: AppEnvironment) -> [Effect] {
        let context = UpdateContext(env: env, width: width, height: height)
        switch event {
        case .resize(let w, let h):
            width = w
            height = h
            let resized = UpdateContext(env: env, width: w, height: h)
            withWizard { $0.prepareFocus(context: resized) }
            return []
        case .tick(let now):
            return withWizard { $0.tick(now: now) } ?? []
        case .terminate:
            // The process is asked to end (a signal): save what can be saved, and go whatever the save gives.
            quitting = true
            return (withWizard { $0.saveIfNeeded() } ?? []) + [.quit]
        case .suspend:
            // Saved first: a suspended process may never be continued.
            return (withWizard { $0.saveIfNeeded() } ?? []) + [.suspend]
        case .saved(let result):
            withWizard { $0.autosave.finished(result) }
            return didSave(result)
        case .draftsListed(let drafts):
            withHome { home in
                home.drafts = drafts
                home.loaded = true
                home.selection = min(home.selection, drafts.count)
            }
            return []
        case .opened(let result):
            if let dossier = result.dossier {
                let (next, effects) = AppState.wizard(
                    dossier: dossier, url: result.url, isNew: false, env: env, width: width, height: height)
                mode = next.mode
                message = nil
                return effects
            }
            message = StatusMessage(result.error ?? Texts.text("status.openFailed"), .error)
            return []
        case .exported(let result):
            switch result {
            case .success(let path):
                message = StatusMessage(Texts.text("status.exported", path), .ok)
                // Written from the review: on to how to send it.
                var effects: [Effect] = []
                withWizard { wizard in
                    wizard.dialog = nil
                    if wizard.screen == .review { effects = wizard.go(to: .sending, context: context) }
                }
                return effects
            case .failure(.fileExists(let path)):
                withWizard { $0.dialog = .confirmOverwrite(path: path) }
            case .failure(.failed(let reason)):
                message = StatusMessage(reason, .error)
            }
            return []
        case .deleted(let result):
            switch result {
            case .success(let path):
                // Named as the list named it.
                let listing = withHome { home in home.drafts.first { $0.url.path == path } } ?? nil
                let name = listing.map { draftName($0, catalog: env.catalog) } ?? path
                message = StatusMessage(Texts.text("status.draftDeleted", name), .ok)
            case .failure(let failure): message = StatusMessage(failure.message, .error)
            }
            return [.listDrafts]
        case .editorFinished(let text, let error):
            if let error { message = StatusMessage(error, .error) }
            guard let text else { return [] }
            withWizard { $0.replaceFocusedText(text, context: context) }
            return []
        case .key(let key):
            return handleKey(key, context: context)
        }
    }

    /// The result of a save: the failure is said; a quit waiting for this save goes on, or is refused once when the
    /// save failed (the dossier would then only exist in memory).
    mutating func didSave(_ result: Result<String, SaveFailure>) -> [Effect] {
        switch result {
        case .success:
            warnedUnsaved = false
        case .failure(let failure):
            message = StatusMessage(Texts.text("status.saveFailed", failure.message), .error)
        }
        guard quitAfterSave else { return [] }
        switch result {
        case .failure(let failure):
            quitAfterSave = false
            warnedUnsaved = true
            message = StatusMessage(Texts.text("status.quitUnsaved", failure.message), .error)
            return []
        case .success:
            guard let settled = withWizard({ $0.autosave.isSettled }), !settled else {
                quitting = true
                return [.quit]
            }
            // Changed again while saving: save that too before leaving.
            return withWizard { $0.saveIfNeeded() } ?? []
        }
    }

    /// Ctrl-Q: leave once everything is saved. A quit after a failed save is refused once, with a message; asked
    /// again, it goes (what could not be saved is lost, as the message said).
    mutating func requestQuit() -> [Effect] {
        guard case .wizard(let wizard) = mode else {
            quitting = true
            return [.quit]
        }
        if warnedUnsaved || wizard.autosave.isSettled {
            quitting = true
            return (withWizard { $0.saveIfNeeded() } ?? []) + [.quit]
        }
        quitAfterSave = true
        if wizard.saveStatus == .saved { return [] }  // a save is under way: its result decides
        return withWizard { [$0.requestSave()] } ?? []
    }

    mutating func handleKey(_ key: Key, context: UpdateContext) -> [Effect] {
        if showHelp {
            let layout = helpLayout(self)
            helpScroll = min(helpScroll, layout.maxScroll)
            switch KeyMap.help.action(for: key) {
            case .close?: showHelp = false
            case .up?: helpScroll = max(0, helpScroll - 1)
            case .down?: helpScroll = min(helpScroll + 1, layout.maxScroll)
            case .pageUp?: helpScroll = max(0, helpScroll - max(1, layout.visibleRows - 1))
            case .pageDown?: helpScroll = min(helpScroll + max(1, layout.visibleRows - 1), layout.maxScroll)
            case .top?: helpScroll = 0
            case .bottom?: helpScroll = layout.maxScroll
            case nil: break
            }
            return []
        }
        let global = KeyMap.global.action(for: key)
        if global == .help {
            showHelp = true
            helpScroll = 0
            return []
        }
        if isTooSmall {
            // Nothing can be edited blind; quitting still works.
            return global == .quit ? requestQuit() : []
        }
        switch mode {
        case .home:
            return handleHomeKey(key, env: context.env)
        case .wizard:
            if KeyMap.wizard.action(for: key) != .save { message = nil }
            if global == .quit { return requestQuit() }
            var status = message
            let effects = withWizard { $0.handleKey(key, context: context, message: &status) } ?? []
            message = status
            return effects
        }
    }

    mutating func handleHomeKey(_ key: Key, env: AppEnvironment) -> [Effect] {
        guard case .home(var home) = mode else { return [] }
        if let index = home.confirmDelete {
            home.confirmDelete = nil
            mode = .home(home)
            if KeyMap.confirmation.action(for: key) == .yes { return [.delete(home.drafts[index].url)] }
            message = StatusMessage(Texts.text("status.deleteCancelled"), .muted)
            return []
        }
        let effects = handleHomeNavigation(key, home: &home, env: env)
        // Opening a new dossier switched to the wizard: keep that mode.
        if case .home = mode { mode = .home(home) }
        return effects
    }

    mutating func handleHomeNavigation(_ key: Key, home: inout HomeState, env: AppEnvironment) -> [Effect] {
        // Escape first dismisses an error (an unreadable draft's reason): a person closing it does not mean to
        // quit. Otherwise it quits, as the key bar says.
        if key == .escape, message?.style == .error {
            message = nil
            return []
        }
        message = nil
        let rows = home.drafts.count + 1
        switch KeyMap.home.action(for: key) {
        case .quit?:
            quitting = true
            return [.quit]
        case .up?:
            home.selection = max(0, home.selection - 1)
        case .down?:
            home.selection = min(rows - 1, home.selection + 1)
        case .first?:
            home.selection = 0
        case .last?:
            home.selection = rows - 1
        case .new?:
            return newDossier(env: env)
        case .open?:
            if home.selection == 0 { return newDossier(env: env) }
            let draft = home.drafts[home.selection - 1]
            if let error = draft.error {
                message = StatusMessage(error, .error)
                return []
            }
            return [.open(draft.url)]
        case .delete?:
            guard home.selection > 0 else { return [] }
            home.confirmDelete = home.selection - 1
        case nil:
            break
        }
        return []
    }

    mutating func newDossier(env: AppEnvironment) -> [Effect] {
        let (next, effects) = AppState.newDossier(env: env, width: width, height: height)
        mode = next.mode
        return effects
    }
}
