/// The language a letter is written in, and why.
public struct LetterLanguageDecision: Sendable, Equatable {
    /// The language the letter is written in.
    public var language: LetterLanguage
    /// The language the dossier asks for (chosen, or its default): what every letter the law leaves free uses.
    public var requested: LetterLanguage
    /// The court whose language the law imposes on this letter (loi du 15 juin 1935), when it does.
    public var imposedBy: Organism?

    /// The law imposes a language other than the one the dossier asks for.
    public var overridesTheDossier: Bool { imposedBy != nil && language != requested }
}

extension RecipientResolver {
    /// The dossier's letter language when the member has not chosen one: France writes French; in Belgium the
    /// language the fund works in when the catalog knows it (CM Gezondheidsfonds, the Flemish Solidaris: Dutch,
    /// though their letters go to their union's seat in Brussels), else the language of the fund's seat (a fund
    /// seated in Flanders writes Dutch), else of the member's own region when the fund is seated in Brussels
    /// (whose unions work in both languages), else French — or, while the postcode is not typed yet, the
    /// interface's (a member typing in Dutch). The German-speaking area (the Arbeitsgericht Eupen's, 4700–4799) writes German: the Freie
    /// Krankenkasse, seated in Büllingen, for all its members, and a Brussels-seated union for its members who
    /// live there.
    public func defaultLetterLanguage(of dossier: Dossier) -> LetterLanguage {
        guard dossier.country == .belgium else { return .french }
        let organism = dossier.fund.isOther ? nil : fund(of: dossier)
        if let language = organism?.language { return language }
        let seat = dossier.fund.isOther ? addressLines(dossier.fund.customAddress) : (organism?.contact.address ?? [])
        let candidates = [
            Self.belgianPostalCode(in: seat).flatMap { catalog.labourCourtArea(postalCode: $0)?.language.language },
            catalog.labourCourtArea(postalCode: dossier.member.postalCode)?.language.language,
        ]
        // The interface's language stands in only while the postcode is not typed: once it is, a dossier's letters
        // never change with the machine's language (a Brussels member of a Brussels-seated union: French, as before).
        if let known = candidates.compactMap({ $0 }).first { return known }
        return dossier.member.postalCode.trimmed.isEmpty ? .interface : .french
    }

    /// The language of the dossier's letter at `stage`: the one chosen in the dossier (or its default), except
    /// where the law decides. A petition to a labour court is written in the court's language, whatever the
    /// dossier says: one in another language is null (loi du 15 juin 1935 sur l'emploi des langues en matière
    /// judiciaire; in Brussels the court's language itself follows the fund's seat, `brusselsLanguage(of:)`).
    public func letterLanguage(of dossier: Dossier, stage: EscalationStage) -> LetterLanguageDecision {
        let requested =
            dossier.country == .belgium ? (dossier.letterLanguage ?? defaultLetterLanguage(of: dossier)) : .french
        if stage == .court, stageFourIsLabourCourtPetition(dossier), let court = court(of: dossier),
            let language = court.language
        {
            return LetterLanguageDecision(language: language, requested: requested, imposedBy: court)
        }
        return LetterLanguageDecision(language: requested, requested: requested, imposedBy: nil)
    }
}
