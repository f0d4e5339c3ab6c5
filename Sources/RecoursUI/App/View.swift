import Foundation
import RecoursCore
import RecoursLetters

/// The view: a pure function of the state into a screen buffer.
public func render(_ state: AppState, env: AppEnvironment) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    if state.isTooSmall {
        drawTooSmall(&screen)
        return screen
    }
    switch state.mode {
    case .home(let home): drawHome(home, state: state, env: env, into: &screen)
    case .wizard(let wizard): drawWizard(wizard, state: state, env: env, into: &screen)
    }
    if state.showHelp { drawHelp(state, into: &screen) }
    return screen
}

// MARK: Shared pieces

func drawTooSmall(_ screen: inout ScreenBuffer) {
    let lines = [
        "Agrandissez la fenêtre",
        "Recours a besoin d'au moins \(WizardLayout.minimumWidth) × \(WizardLayout.minimumHeight) caractères",
        "(actuellement \(screen.width) × \(screen.height)).",
        "Rien n'est perdu : tout reviendra en l'état.",
    ]
    let top = max(0, (screen.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
        let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
        screen.put(line, x: x, y: top + i, style: i == 0 ? .error : .normal)
    }
}

func drawHeader(_ left: String, right: String, into screen: inout ScreenBuffer) {
    screen.fill(x: 0, y: 0, width: screen.width, height: 1, style: .title)
    let rightWidth = DisplayWidth.of(right)
    screen.put(" " + left, x: 0, y: 0, style: .title, maxWidth: max(0, screen.width - rightWidth - 2))
    screen.put(right, x: max(0, screen.width - rightWidth - 1), y: 0, style: .title)
}

/// The key bar: as many hints as fit, in order of importance; help and quit always stay.
func drawKeys(_ hints: [(String, String)], into screen: inout ScreenBuffer) {
    let y = screen.height - 1
    screen.fill(x: 0, y: y, width: screen.width, height: 1, style: .keyHint)
    let always = hints.filter { $0.0 == "F1" || $0.0 == "^Q" || $0.0 == "q" || $0.0 == "Échap" }
    let others = hints.filter { h in !always.contains { $0.0 == h.0 } }
    func width(_ h: (String, String)) -> Int { DisplayWidth.of(h.0) + 1 + DisplayWidth.of(h.1) + 2 }
    var budget = screen.width - 2 - always.map(width).reduce(0, +)
    var shown: [(String, String)] = []
    for hint in others where width(hint) <= budget {
        shown.append(hint)
        budget -= width(hint)
    }
    var x = 1
    for (key, action) in shown + always {
        let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(action)
        if x + width > screen.width - 1 { break }
        screen.put(key, x: x, y: y, style: .title)
        screen.put(action, x: x + DisplayWidth.of(key) + 1, y: y, style: .keyHint)
        x += width + 2
    }
}

/// The status line; a message too long for it (a file path…) takes up to two lines above as well.
func drawStatus(_ message: StatusMessage?, hint: String, into screen: inout ScreenBuffer) {
    let y = screen.height - 2
    if let message {
        let lines = TextWrapper.wrap(message.text, width: max(10, screen.width - 2)).split(separator: "\n").map(String.init)
        let shown = Array(lines.prefix(3))
        for (i, line) in shown.enumerated() {
            let row = y - (shown.count - 1) + i
            screen.fill(x: 0, y: row, width: screen.width, height: 1, style: .normal)
            screen.put(" " + line, x: 0, y: row, style: message.style, maxWidth: screen.width)
        }
    } else if !hint.isEmpty {
        screen.put(" " + hint, x: 0, y: y, style: .muted, maxWidth: screen.width)
    }
}

/// A framed box; returns the inner rectangle.
@discardableResult
func drawBox(title: String, x: Int, y: Int, width: Int, height: Int, into screen: inout ScreenBuffer) -> (x: Int, y: Int, width: Int, height: Int) {
    screen.fill(x: x, y: y, width: width, height: height, style: .dialog)
    let horizontal = String(repeating: "─", count: max(0, width - 2))
    screen.put("┌" + horizontal + "┐", x: x, y: y, style: .dialog)
    for row in y + 1..<y + height - 1 {
        screen.put("│", x: x, y: row, style: .dialog)
        screen.put("│", x: x + width - 1, y: row, style: .dialog)
    }
    screen.put("└" + horizontal + "┘", x: x, y: y + height - 1, style: .dialog)
    screen.put(" \(title) ", x: x + 2, y: y, style: .dialog, maxWidth: width - 4)
    return (x + 2, y + 1, width - 4, height - 2)
}

func truncated(_ text: String, _ width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var out = ""
    var used = 0
    for ch in text {
        let w = DisplayWidth.of(ch)
        if used + w > width - 1 { break }
        out.append(ch)
        used += w
    }
    return out + "…"
}

/// One line of a value for display: line breaks marked " ⏎ ", control characters never drawn.
func oneLine(_ text: String) -> String { text.oneLine(lineBreak: " ⏎ ") }

// MARK: Help

let helpLines: [(String, String)] = [
    ("Tab / ⇧Tab", "champ suivant / précédent"),
    ("↑ / ↓", "ligne précédente / suivante dans un texte, sinon champ"),
    ("Entrée", "champ suivant (saut de ligne dans un texte ; choisir dans une liste)"),
    ("PgDn / PgUp", "écran suivant / précédent"),
    ("← / →", "déplacer le curseur ; changer de choix dans une liste"),
    ("Début / Fin", "début / fin de la ligne"),
    ("Ctrl-← / Ctrl-→", "mot précédent / suivant (aussi Alt-b / Alt-f)"),
    ("Ctrl-U / Ctrl-K", "effacer jusqu'au début / à la fin de la ligne"),
    ("Ctrl-Z", "annuler la dernière modification du champ"),
    ("Ctrl-E", "ouvrir le texte dans votre éditeur ($EDITOR)"),
    ("Ctrl-S", "enregistrer maintenant (tout est déjà enregistré automatiquement)"),
    ("Ctrl-X", "exporter la lettre (via la relecture)"),
    ("Suppr", "retirer une pièce jointe ; ⇧↑ / ⇧↓ la déplacer"),
    ("Échap", "fermer une liste ou une fenêtre"),
    ("F1", "cette aide"),
    ("Ctrl-Q", "quitter (le brouillon est déjà enregistré)"),
]

func drawHelp(_ state: AppState, into screen: inout ScreenBuffer) {
    let width = min(screen.width - 4, 76)
    let height = min(screen.height - 2, helpLines.count + 4)
    let x = (screen.width - width) / 2
    let y = max(0, (screen.height - height) / 2)
    let inner = drawBox(title: "Aide — les touches", x: x, y: y, width: width, height: height, into: &screen)
    for (i, (key, text)) in helpLines.prefix(inner.height - 1).enumerated() {
        screen.put(key, x: inner.x, y: inner.y + i, style: .label, maxWidth: 18)
        screen.put(text, x: inner.x + 18, y: inner.y + i, style: .dialog, maxWidth: inner.width - 18)
    }
    screen.put("Échap pour fermer", x: inner.x, y: inner.y + inner.height - 1, style: .muted)
}
