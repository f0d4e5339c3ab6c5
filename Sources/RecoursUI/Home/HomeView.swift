import Foundation
import RecoursCore

func drawHome(_ home: HomeState, state: AppState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    drawHeader("Recours · vos dossiers", right: "\(home.drafts.count) brouillon\(home.drafts.count > 1 ? "s" : "")", into: &screen)
    screen.put(" Un litige avec votre mutuelle ? Recours vous guide étape par étape et rédige vos lettres.",
        x: 0, y: 1, style: .muted, maxWidth: screen.width)
    let resolver = RecipientResolver(catalog: env.catalog)
    let advisor = NextStepAdvisor(validator: env.validator)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "fr_FR")
    formatter.dateFormat = "dd/MM/yyyy HH:mm"

    let top = 3
    let rows = screen.height - top - 2
    // Row 0: new dossier (1 line); each draft: 2 lines.
    var entries: [(lines: [(String, Style)], selected: Bool)] = []
    entries.append(([("+ Nouveau dossier", .label)], home.selection == 0))
    for (i, draft) in home.drafts.enumerated() {
        let selected = home.selection == i + 1
        if let dossier = draft.dossier {
            let title = dossier.title.trimmed.isEmpty
                ? ([dossier.member.lastName.trimmed, dossier.dispute.subject?.label ?? ""].filter { !$0.isEmpty }.joined(separator: " – "))
                : dossier.title.trimmed
            let fund = resolver.fund(of: dossier).map { $0.shortName ?? $0.name } ?? resolver.fundName(of: dossier)
            let line1 = "\(oneLine(title.isEmpty ? "Sans titre" : title))  ·  modifié le \(formatter.string(from: dossier.updatedAt))"
            let line2 = "\(fund.isEmpty ? "Mutuelle non choisie" : oneLine(fund)) · étape \(dossier.currentStage.rawValue) · \(advisor.nextStep(for: dossier))"
            entries.append(([(line1, .label), (line2, .muted)], selected))
        } else {
            entries.append(([("⚠ \(draft.url.lastPathComponent) : illisible", .error), (draft.error ?? "", .muted)], selected))
        }
    }
    // Keep the selection visible.
    var heights = entries.map { $0.lines.count }
    var firstEntry = 0
    while heights[firstEntry...home.selection].reduce(0, +) > rows, firstEntry < home.selection { firstEntry += 1 }
    var y = top
    for entry in entries[firstEntry...] {
        guard y + entry.lines.count <= top + rows else { break }
        for (i, line) in entry.lines.enumerated() {
            if entry.selected { screen.fill(x: 1, y: y + i, width: screen.width - 2, height: 1, style: .selection) }
            screen.put(truncated((i == 0 ? (entry.selected ? "› " : "  ") : "    ") + line.0, screen.width - 3), x: 1, y: y + i,
                style: entry.selected ? .selection : line.1)
        }
        y += entry.lines.count + (entry.lines.count > 1 ? 1 : 1)
    }
    heights.removeAll()
    if !home.loaded { screen.put("Lecture des brouillons…", x: 2, y: top + 2, style: .muted) }
    if let index = home.confirmDelete, index < home.drafts.count {
        let width = min(screen.width - 4, 70)
        let inner = drawBox(title: "Supprimer un brouillon", x: (screen.width - width) / 2, y: max(3, screen.height / 2 - 3), width: width, height: 6, into: &screen)
        screen.put(truncated(home.drafts[index].url.path, inner.width), x: inner.x, y: inner.y, style: .dialog)
        screen.put("Supprimer définitivement ce brouillon ?", x: inner.x, y: inner.y + 1, style: .dialog)
        screen.put("o : oui, supprimer · toute autre touche : non", x: inner.x, y: inner.y + 3, style: .muted)
    }
    drawStatus(state.message, hint: "Vos brouillons sont dans \(env.draftsDirectory.path)", into: &screen)
    drawKeys([("↑↓", "choisir"), ("Entrée", "ouvrir"), ("n", "nouveau"), ("Suppr", "supprimer"), ("F1", "aide"), ("q", "quitter")], into: &screen)
    screen.cursor = nil
}
