import Testing

@testable import RecoursCore

@Suite struct AmountParserTests {
    @Test(arguments: [
        ("1 234,56", 123_456), ("1.234,56 €", 123_456), ("1234.56", 123_456), ("80 EUR", 8_000), ("80", 8_000),
        ("0,5", 50), ("1234,56", 123_456), ("1,234.56", 123_456), ("80 €", 8_000), ("€80", 8_000), ("€ 80", 8_000),
        ("80 euros", 8_000), ("80 euro", 8_000), ("80eur", 8_000), ("80 Euros", 8_000), ("12,3", 1_230), ("0,05", 5),
        ("0", 0), ("  42  ", 4_200), ("1\u{00A0}234,56", 123_456), ("1\u{202F}234,56", 123_456), ("1'234.56", 123_456),
        ("1 000 000", 100_000_000), ("1.000.000,00", 100_000_000), ("5000", 500_000), ("5 000,00 €", 500_000),
        ("1.234", 123_400), ("1,234", 123_400), ("999999999999", 99_999_999_999_900),
    ])
    func accepted(text: String, cents: Int) {
        #expect(AmountParser.cents(text) == cents)
    }

    @Test(arguments: [
        "abc", "1.2.3", "", "   ", "€", "EUR", "-5", "+5", "5e3", "1,2,3", "12.34.56", ",50", ".5", "1,", "1.",
        "1 234,567", "12345,678", "1234.567", "1.23.456", "12 €uros 5", "1..5", "1,,5", "١٢٣", "１２３", "0x10",
        "9999999999999", "12%",
    ])
    func rejected(text: String) {
        #expect(AmountParser.cents(text) == nil, "« \(text) » should not be an amount")
    }

    /// "12,345,6": the comma cannot both group the thousands and separate the cents.
    @Test func theSameSeparatorCannotGroupAndSeparateTheCents() {
        #expect(AmountParser.cents("12,345,6") == nil)
        #expect(AmountParser.cents("1.234.5") == nil)
        #expect(AmountParser.cents("1.234.56") == nil)
    }

    /// Absurdly large amounts are refused, never a crash: the check runs in a child process.
    @Test func hugeAmountsDoNotCrash() async {
        await #expect(processExitsWith: .success) {
            precondition(AmountParser.cents("100.000.000.000.000.000") == nil)
            precondition(AmountParser.cents("9.223.372.036.854.775.807") == nil)
            precondition(AmountParser.cents("92.233.720.368.547.758,99") == nil)
        }
    }

    @Test(arguments: [
        (123_456, "1 234,56 €"), (8_000, "80 €"), (50, "0,50 €"), (5, "0,05 €"), (0, "0 €"), (100, "1 €"),
        (100_000_000, "1 000 000 €"), (500_000, "5 000 €"), (99_999, "999,99 €"), (100_001, "1 000,01 €"),
        (123_456_789, "1 234 567,89 €"),
    ])
    func format(cents: Int, text: String) {
        #expect(AmountParser.format(cents: cents, language: .french) == text)
    }

    @Test(arguments: [
        (123_456, "€ 1.234,56"), (8_000, "€ 80"), (50, "€ 0,50"), (0, "€ 0"), (100_000_000, "€ 1.000.000"),
    ])
    func formatInDutch(cents: Int, text: String) {
        #expect(AmountParser.format(cents: cents, language: .dutch) == text)
    }

    @Test(arguments: [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 123_456, 500_000, 100_000_000, 987_654_321])
    func formatThenParseRoundTrips(cents: Int) {
        for language in DisplayLanguage.allCases {
            #expect(AmountParser.cents(AmountParser.format(cents: cents, language: language)) == cents)
        }
    }
}
