import Foundation
import RecoursCore
import RecoursLetters
import Testing

@testable import RecoursUI

/// An empty "Adresse de l'organisme" (and court address) says which address the letter uses meanwhile — the one the
/// catalog gives — in the field (dimmed) and in the linear mode, without writing it into the dossier; what the member
/// types replaces it, in the field and in the letter.
@Suite struct FieldFallbackTests {
    /// The text of a multi-line field's input rows, and the style of their first cell.
    static func input(of field: Field, in h: Harness) throws -> (text: String, style: Style) {
        let screen = h.screen
        let label = try #require((0..<screen.height).first { screen.line($0).contains(field.screenLabel) })
        let spec = try #require(h.wizard.fields.first { $0.field == field })
        let rows = (label + 1...label + spec.lines).map { screen.line($0).trimmingCharacters(in: .whitespaces) }
        return (rows.filter { !$0.isEmpty }.joined(separator: " "), screen[4, label + 1].style)
    }

    /// The letter as it will be exported, its lines joined (a petition names the fund's address in a sentence,
    /// wrapped at 78 columns).
    static func letter(_ h: Harness) -> String {
        h.env.renderer.exportText(h.dossier, date: h.env.today).replacingOccurrences(of: "\n", with: " ")
    }

    /// The screen names the street and the city the complaint is sent to (the recipient block's last lines), while
    /// the field is empty and the dossier holds no address.
    @Test func theEmptyFundAddressFieldShowsTheLettersAddress() throws {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"))
        h.goTo(.dossier)
        #expect(h.dossier.fund.customAddress.isEmpty)
        let recipient = try #require(
            RecipientResolver(catalog: h.env.catalog).recipient(for: h.dossier, stage: .complaint))
        let street = recipient.lines[recipient.lines.count - 2], city = recipient.lines[recipient.lines.count - 1]
        #expect(city.hasPrefix("1080 "))
        #expect(Self.letter(h).contains(street) && Self.letter(h).contains(city))
        let shown = try Self.input(of: .fundAddress, in: h).text
        #expect(shown.contains("\(street), \(city)"), "\(shown)")
        #expect(h.dossier.fund.customAddress.isEmpty)
    }

    @Test func anEmptyFundAddressShowsTheAddressTheLetterUses() throws {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"))
        h.goTo(.dossier)
        #expect(h.dossier.fund.customAddress.isEmpty)
        let used = try #require(
            RecipientResolver(catalog: h.env.catalog).catalogAddress(for: .fundAddress, of: h.dossier))
        #expect(used.address.count >= 2)
        // The letter prints that address, line by line; the field shows it, on one line, not as a value.
        for line in used.address { #expect(Self.letter(h).contains(line), "\(line)") }
        var shown = try Self.input(of: .fundAddress, in: h)
        #expect(shown.text.contains(used.address.joined(separator: ", ")), "\(shown.text)")
        #expect(shown.style == .placeholder)
        // Focused, still empty: it stays, in the focused input's colours.
        h.focus(.fundAddress)
        shown = try Self.input(of: .fundAddress, in: h)
        #expect(shown.text.contains(used.address.joined(separator: ", ")))
        #expect(shown.style == .placeholderFocused)
        #expect(h.dossier.fund.customAddress.isEmpty)

        // Typed, the member's address replaces it, in the field and in the letter.
        h.type("Rue Neuve 1")
        h.press(.enter)
        h.type("1000 Bruxelles")
        #expect(h.dossier.fund.customAddress == "Rue Neuve 1\n1000 Bruxelles")
        shown = try Self.input(of: .fundAddress, in: h)
        #expect(shown.text == "Rue Neuve 1 1000 Bruxelles")
        #expect(shown.style == .inputFocused)
        #expect(Self.letter(h).contains("Rue Neuve 1"))
        #expect(!Self.letter(h).contains(used.address[0]))

        // Emptied again, the catalog's address is back, and nothing of it is in the dossier.
        h.press(.control("u"))
        h.press(.backspace)
        h.press(.control("u"))
        #expect(h.dossier.fund.customAddress.isBlank)
        #expect(try Self.input(of: .fundAddress, in: h).text.contains(used.address.joined(separator: ", ")))
        // Left, the field keeps nothing of it either.
        h.press(.tab)
        #expect(h.dossier.fund.customAddress.isBlank)
        #expect(try Self.input(of: .fundAddress, in: h).style == .placeholder)
    }

    /// A Dutch letter takes the Dutch address (CM's seat in Brussels, Haachtsesteenweg): the Dutch screen says it.
    @Test func theAddressShownIsTheLettersLanguages() throws {
        try Texts.$scopedLanguage.withValue(.dutch) {
            var h = Harness(dossier: UIRepo.example("cm-gent-incapacite"))
            h.goTo(.dossier)
            let used = try #require(
                RecipientResolver(catalog: h.env.catalog).catalogAddress(for: .fundAddress, of: h.dossier))
            #expect(used.address.contains { $0.contains("Haachtsesteenweg") })
            for line in used.address { #expect(Self.letter(h).contains(line), "\(line)") }
            let shown = try Self.input(of: .fundAddress, in: h)
            #expect(shown.text.contains(used.address.joined(separator: ", ")), "\(shown.text)")
            #expect(!shown.text.contains("Adresse"))
        }
    }

    /// The court's screen: the registry's address the petition is sent to, while the member types none.
    @Test func anEmptyCourtAddressShowsTheRegistryThePetitionUses() throws {
        var h = Harness(dossier: UIRepo.example("caami-incapacite"))
        h.goTo(.court)
        #expect(h.dossier.stages.court?.address.isBlank ?? true)
        let used = try #require(
            RecipientResolver(catalog: h.env.catalog).catalogAddress(for: .courtAddress, of: h.dossier))
        for line in used.address { #expect(Self.letter(h).contains(line), "\(line)") }
        let shown = try Self.input(of: .courtAddress, in: h)
        #expect(shown.text.contains(used.address.joined(separator: ", ")), "\(shown.text)")
        #expect(shown.style == .placeholder)
    }

    /// "Autre organisme": the letters have no address but the one typed; the field says nothing else.
    @Test func anOrganismTypedByHandHasNoFallback() throws {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.fund.organismId = FundChoice.otherId
        dossier.fund.customName = "Mutualité X"
        var h = Harness(dossier: dossier)
        h.goTo(.dossier)
        #expect(FieldFallback.text(for: .fundAddress, dossier: h.dossier, catalog: h.env.catalog) == nil)
        #expect(try Self.input(of: .fundAddress, in: h).text.isEmpty)
    }

    /// The linear mode says the same as the screen, after the field's (empty) value.
    @Test func theLinearModeSaysTheAddressInUse() throws {
        let dossier = UIRepo.example("partenamut-kinesitherapie")
        var s = LinearSessionTests.Script(dossier: dossier, isNew: false)
        s.say(":aller adresse de l'organisme")
        let expected = try #require(FieldFallback.text(for: .fundAddress, dossier: dossier, catalog: s.env.catalog))
        let used = try #require(
            RecipientResolver(catalog: s.env.catalog).catalogAddress(for: .fundAddress, of: dossier))
        #expect(expected.contains(used.address.joined(separator: ", ")))
        // Said once, wrapped as every line (the words are the screen's).
        let said = s.output.split(separator: "\n").map(String.init)
        let start = try #require(
            said.lastIndex { $0.hasPrefix(Texts.text("linear.currentValue", Texts.text("linear.empty"))) })
        let next = said[(start + 1)...].prefix { !$0.hasPrefix(Texts.text("linear.help", "")) }
        #expect(next.joined(separator: " ") == expected)
        // Enter alone keeps the field empty: nothing of the catalog's address is written into the dossier.
        s.say("")
        #expect(s.dossier.fund.customAddress.isEmpty)
        LinearSessionTests.expectReadable(s.transcript)
    }
}
