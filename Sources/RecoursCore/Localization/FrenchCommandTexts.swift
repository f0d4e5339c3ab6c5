extension FrenchTexts {
    /// The command line's output, errors and help (`cli.*`).
    static let commands: [String: String] = [:]
}
