import RecoursCore

/// What an empty address field stands for: the address the letters take from the catalog while the member types
/// none (`RecipientResolver.catalogAddress(for:of:)`). The wizard draws it, dimmed, inside the empty field; the
/// linear mode says it after the field's value, in the same words. It is never written into the dossier: what the
/// member types replaces it, in the field and in the letters.
enum FieldFallback {
    /// "Adresse utilisée : Boulevard Louis Mettewie 74-76, 1080 Bruxelles (celle que Recours connaît ; …)", or nil
    /// when the field is not empty, or the letters take nothing from the catalog for it.
    static func text(for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> String? {
        guard field == .fundAddress || field == .courtAddress, dossier[field].isBlank,
            let point = RecipientResolver(catalog: catalog).catalogAddress(for: field, of: dossier)
        else { return nil }
        let address = point.address.map { $0.oneLine() }.joined(separator: ", ")
        let unconfirmed = point.unconfirmed == true
        if field == .courtAddress {
            return unconfirmed
                ? Texts.text("wizard.fallback.courtAddress.unconfirmed", address)
                : Texts.text("wizard.fallback.courtAddress", address)
        }
        return unconfirmed
            ? Texts.text("wizard.fallback.fundAddress.unconfirmed", address)
            : Texts.text("wizard.fallback.fundAddress", address)
    }

    /// `text(for:dossier:catalog:)` wrapped to an input `width` columns wide and `height` lines high, its last
    /// line cut with "…" when it is longer; empty when the field stands for nothing.
    static func lines(for field: Field, dossier: Dossier, catalog: OrganismCatalog, width: Int, height: Int)
        -> [String]
    {
        guard let text = text(for: field, dossier: dossier, catalog: catalog), width > 1, height > 0 else {
            return []
        }
        return clippedLines(text, width: width, maxLines: height)
    }
}
