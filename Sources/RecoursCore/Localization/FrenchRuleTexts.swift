extension FrenchTexts {
    /// The validator's messages, the timeline's phrases and the command line's output and help.
    static let rules: [String: String] = [:]
}
