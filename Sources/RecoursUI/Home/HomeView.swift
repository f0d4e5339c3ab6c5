import Foundation
import RecoursCore

func drawHome(_ home: HomeState, state: AppState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let count = home.drafts.count
    let drafts = Texts.plural("home.drafts", count: count, String(count))
    drawHeader(Texts.text("home.title"), right: drafts, into: &screen)
    screen.put(" " + Texts.text("home.tagline"), x: 0, y: 1, style: .muted, maxWidth: screen.width)
    let advisor = NextStepAdvisor(validator: env.validator)

    let top = 3
    let rows = screen.height - top - 2
    // Row 0: new dossier (1 line); each draft: 2 lines. Only the entries on screen are written out (their next
    // step means validating the dossier and building its timeline: not for 10,000 drafts at every frame).
    func lines(of entry: Int) -> [(String, Style)] {
        guard entry > 0 else { return [(Texts.text("home.newDossier"), .label)] }
        let draft = home.drafts[entry - 1]
        guard let dossier = draft.dossier else {
            return [(Texts.text("home.unreadable", draft.url.lastPathComponent), .error), (draft.error ?? "", .muted)]
        }
        let line1 = Texts.text(
            "home.entry.name", dossier.displayName(catalog: env.catalog), InterfaceDates.timestamp(dossier.updatedAt))
        let line2 = Texts.text(
            "home.entry.details", dossier.fundLabel(catalog: env.catalog), String(dossier.currentStage.rawValue),
            advisor.nextStep(for: dossier))
        return [(line1, .label), (line2, .muted)]
    }
    let entryCount = home.drafts.count + 1
    func height(_ entry: Int) -> Int { entry == 0 ? 1 : 2 }
    // Keep the selection visible.
    let selection = min(home.selection, entryCount - 1)
    var firstEntry = 0
    // Each entry is followed by a blank line (not needed after the selected one).
    var selectedHeight = (0...selection).reduce(0) { $0 + height($1) + 1 } - 1
    while selectedHeight > rows, firstEntry < selection {
        selectedHeight -= height(firstEntry) + 1
        firstEntry += 1
    }
    var y = top
    // The cursor sits on the chosen entry (a screen reader follows it), or on the question of a dialog.
    var cursor: (x: Int, y: Int)?
    for index in firstEntry..<entryCount {
        guard y + height(index) <= top + rows else { break }
        let selected = home.selection == index
        if selected { cursor = (1, y) }
        for (i, line) in lines(of: index).enumerated() {
            if selected { screen.fill(x: 1, y: y + i, width: screen.width - 2, height: 1, style: .selection) }
            screen.put(
                truncated((i == 0 ? (selected ? "› " : "  ") : "    ") + line.0, screen.width - 3), x: 1, y: y + i,
                style: selected ? .selection : line.1)
        }
        y += height(index) + 1
    }
    if !home.loaded { screen.put(Texts.text("home.loading"), x: 2, y: top + 2, style: .muted) }
    if let index = home.confirmDelete, index < home.drafts.count {
        let width = min(screen.width - 4, 70)
        let inner = drawBox(
            title: Texts.text("home.delete.title"), x: (screen.width - width) / 2, y: max(3, screen.height / 2 - 3),
            width: width, height: 6, into: &screen)
        // The dossier as the list names it (its file name when it cannot be read), not its path.
        screen.put(
            draftName(home.drafts[index], catalog: env.catalog), x: inner.x, y: inner.y, style: .dialog,
            maxWidth: inner.width)
        screen.put(Texts.text("home.delete.question"), x: inner.x, y: inner.y + 1, style: .dialog)
        screen.put(Texts.text("home.delete.answer"), x: inner.x, y: inner.y + 3, style: .muted)
        cursor = (inner.x, inner.y + 1)
    }
    drawStatus(state.message, hint: Texts.text("home.draftsDirectory", env.draftsDirectory.path), into: &screen)
    let keys = home.confirmDelete == nil ? KeyMap.home.hints : KeyMap.confirmation.hints
    drawKeys(KeyMap.hints(keys, KeyMap.global.hints.filter { $0.id == "help" }), into: &screen)
    screen.cursor = cursor
}

/// A draft as the home list names it: the dossier's display name, or its file name when it cannot be read.
func draftName(_ draft: DraftListing, catalog: OrganismCatalog) -> String {
    guard let dossier = draft.dossier else { return draft.url.lastPathComponent }
    return oneLine(dossier.displayName(catalog: catalog))
}
