import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The key map is the only description of the keys: every binding has its texts, no key means two things in one
/// context, and the key bar and the help are made of its bindings.
struct KeyMapTests {
    /// Every group's bindings, by name, as text-bearing values.
    static let groups: [(String, [(id: String, keys: [Key])])] = [
        ("global", KeyMap.global.bindings.map { ($0.id, $0.keys) }),
        ("help", KeyMap.help.bindings.map { ($0.id, $0.keys) }),
        ("home", KeyMap.home.bindings.map { ($0.id, $0.keys) }),
        ("wizard", KeyMap.wizard.bindings.map { ($0.id, $0.keys) }),
        ("text", KeyMap.text.bindings.map { ($0.id, $0.keys) }),
        ("choice", KeyMap.choice.bindings.map { ($0.id, $0.keys) }),
        ("attachments", KeyMap.attachments.bindings.map { ($0.id, $0.keys) }),
        ("popup", KeyMap.popup.bindings.map { ($0.id, $0.keys) }),
        ("form", KeyMap.form.bindings.map { ($0.id, $0.keys) }),
        ("review", KeyMap.review.bindings.map { ($0.id, $0.keys) }),
        ("timeline", KeyMap.timeline.bindings.map { ($0.id, $0.keys) }),
        ("sending", KeyMap.sending.bindings.map { ($0.id, $0.keys) }),
        ("confirmation", KeyMap.confirmation.bindings.map { ($0.id, $0.keys) }),
    ]

    @Test func everyBindingHasTheTextOfItsKey() {
        for (name, bindings) in Self.groups {
            for binding in bindings {
                #expect(Texts.has("keys.\(binding.id).key"), "\(name): keys.\(binding.id).key")
            }
        }
    }

    @Test func noKeyMeansTwoThingsInOneContext() {
        for (name, bindings) in Self.groups {
            let keys = bindings.flatMap(\.keys)
            #expect(Set(keys.map { "\($0)" }).count == keys.count, "\(name) binds a key twice")
        }
    }

    @Test func everyTextOfTheKeyMapIsABindingsOwn() {
        // A `keys.X.…` text whose X is no binding would describe a key that does nothing.
        let ids = Set(Self.groups.flatMap { $0.1.map(\.id) })
        for key in Texts.allKeys where key.hasPrefix("keys.") {
            let id = key.dropFirst("keys.".count).split(separator: ".").dropLast().joined(separator: ".")
            #expect(ids.contains(id), "\(key) describes no binding")
        }
    }

    @Test func theKeyBarIsMadeOfBindings() {
        var h = Harness()
        let bar = h.screen.line(23)
        #expect(bar.contains("Tab suivant"))
        #expect(bar.contains("F1 aide"))
        #expect(bar.contains("^Q quitter"))
        h.focus(.country)
        #expect(keyHints(h.wizard).first == KeyHint(key: "Entrée", text: "choisir", id: "choice.open"))
        h.press(.enter)
        #expect(keyHints(h.wizard).map(\.id) == ["popup.up", "popup.choose", "popup.filter", "popup.close", "help"])
    }

    @Test func theHelpListsTheFocusedFieldsKeysThenEveryScreensThenGlobalOnes() {
        var h = Harness()
        h.press(.function(1))
        let lines = helpLines(h.state)
        #expect(lines.first?.key == nil)
        #expect(lines.contains { $0.key == "Ctrl-Z" && $0.text == Texts.text("keys.text.undo.help") })
        #expect(!lines.contains { $0.key == "Ctrl-E" }, "a one-line field has no external editor")
        #expect(lines.suffix(3).map(\.key) == [nil, "F1", "Ctrl-Q"])
        // Scrolled with the arrows when it is longer than the screen; closed with Escape.
        h.press(.down)
        #expect(h.state.helpScroll == 1)
        #expect(h.text.contains("▲"))
        h.press(.escape)
        #expect(!h.state.showHelp)
    }

    @Test func everyFixedFieldIsOnExactlyOneScreen() {
        // The shared texts of older drafts are read as every stage's fallback, on no screen.
        for field in Field.fixed where Field.legacy.contains(field) {
            #expect(WizardScreen.holding(field) == nil, "\(field.path)")
        }
        for field in Field.fixed where !Field.legacy.contains(field) {
            let screens = WizardScreen.allCases.filter { $0.allFields.contains { $0.field == field } }
            #expect(screens.count == 1, "\(field.path) is on \(screens.map(\.rawValue))")
        }
        for screen in WizardScreen.allCases {
            #expect(Texts.has("screen.\(screen.rawValue)"))
            let fields = screen.allFields.map(\.field)
            #expect(Set(fields).count == fields.count, "\(screen) lists a field twice")
            for spec in screen.allFields {
                #expect(
                    (spec.kind == .multilineText) == (spec.lines > 1),
                    "\(spec.field.path): lines only for a multi-line text")
            }
        }
        #expect(WizardScreen.holding(.attachmentPath(3)) == .expectations)
    }
}
