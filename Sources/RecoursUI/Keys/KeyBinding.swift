import RecoursCore

/// One key binding: the keys that do something, what they do, and how the key bar and the help screen name it
/// (as bubbles' `key.Binding`). The update dispatches on the action; the key bar and F1 help are drawn from the same
/// values, so a key cannot do one thing and be described as another.
public struct KeyBinding<Action: Equatable & Sendable>: Sendable {
    public let keys: [Key]
    public let action: Action
    /// The identifier of its texts: `keys.<id>.key` ("^S"), `.bar` (the key bar's word, optional), `.help` (its
    /// line in the help screen, optional).
    public let id: String

    public init(_ keys: [Key], _ action: Action, _ id: String) {
        self.keys = keys
        self.action = action
        self.id = id
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }

    /// The keys as the user reads them: "^S", "PgDn", "Tab / ⇧Tab".
    public var keyLabel: String { Texts.text("keys.\(id).key") }
    /// The key bar's short text, when the binding is shown there.
    public var barText: String? { Texts.has("keys.\(id).bar") ? Texts.text("keys.\(id).bar") : nil }
    /// The help screen's line, when the binding has one.
    public var helpText: String? { Texts.has("keys.\(id).help") ? Texts.text("keys.\(id).help") : nil }
}

/// The bindings of one context (a field, a list, a dialog), in the order of the key bar: the first that matches
/// a key wins.
public struct KeyGroup<Action: Equatable & Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    public func action(for key: Key) -> Action? { bindings.first { $0.matches(key) }?.action }

    /// The entries of the key bar: the bindings that have a short text.
    public var hints: [KeyHint] {
        bindings.compactMap { binding in
            binding.barText.map { KeyHint(key: binding.keyLabel, text: $0, id: binding.id) }
        }
    }

    /// The lines of the help screen.
    public var helpLines: [KeyHint] {
        bindings.compactMap { binding in
            binding.helpText.map { KeyHint(key: binding.keyLabel, text: $0, id: binding.id) }
        }
    }
}

/// One entry of the key bar or the help screen.
public struct KeyHint: Equatable, Sendable {
    public let key: String
    public let text: String
    /// The binding it comes from: the key bar keeps help and quit whatever the width.
    public let id: String
}
