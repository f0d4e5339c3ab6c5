extension FrenchTexts {
    /// The texts drawn by the wizard's and the home list's views, and the labels of the model's choices.
    static let views: [String: String] = [:]
}
