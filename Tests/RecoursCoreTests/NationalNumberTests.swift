import Testing

@testable import RecoursCore

/// Belgian NISS (11 digits, key = 97 − first 9 digits mod 97, with a leading 2 for births from 2000).
@Suite struct NISSTests {
    @Test(arguments: ["85073003328", "17073003384"])
    func validExamplesFromTheDomainNotes(number: String) {
        #expect(NationalNumber.checkNISS(number) == nil)
        #expect(NationalNumber.check(number, country: .belgium) == nil)
    }

    @Test(arguments: [
        "85.07.30-033.28", "85 07 30 033 28", "850730-033-28", "850730 033 28", " 85073003328 ", "85/07/30 033.28",
        "17.07.30-033.84", "17 07 30 033 84",
    ])
    func usualSeparatorsAreAccepted(number: String) {
        #expect(NationalNumber.checkNISS(number) == nil)
    }

    @Test func bornIn1985UsesTheNineDigitsAsTheyAre() {
        // 97 − 850730033 mod 97 = 28.
        #expect(97 - 850_730_033 % 97 == 28)
        #expect(NationalNumber.checkNISS("85073003328") == nil)
    }

    @Test func bornIn2017NeedsTheLeadingTwo() {
        // Without the 2 the key would be 55, with it 84.
        #expect(97 - 170_730_033 % 97 == 55)
        #expect(97 - 2_170_730_033 % 97 == 84)
        #expect(NationalNumber.checkNISS("17073003384") == nil)
    }

    @Test(arguments: ["85073003329", "85073003327", "85073003300", "17073003385", "85073004328", "58073003328"])
    func wrongKey(number: String) {
        #expect(NationalNumber.checkNISS(number) == .wrongKey)
    }

    @Test func swappedDigitsAreCaught() {
        #expect(NationalNumber.checkNISS("85070303328") == .wrongKey)
    }

    @Test(arguments: [
        ("8507300332", 10), ("850730033288", 12), ("", 0), ("8", 1), ("85.07.30-033.2", 10), ("850730033280000", 15),
    ])
    func wrongLength(number: String, got: Int) {
        #expect(NationalNumber.checkNISS(number) == .wrongLength(expected: 11, got: got))
    }

    @Test(arguments: [
        "8507300332A", "85O73003328", "NISS85073003328", "85_07_30_033_28", "85,07,30,033,28", "８５０７３００３３２８",
    ])
    func lettersAndOtherCharactersAreRefused(number: String) {
        #expect(NationalNumber.checkNISS(number) == .invalidCharacters)
    }

    @Test(arguments: ["85133003328", "85193003328", "85333003328", "85993003328", "85533003328"])
    func impossibleMonth(number: String) {
        #expect(NationalNumber.checkNISS(number) == .impossibleDate)
    }

    @Test func monthZeroIsLegal() {
        // Date of birth unknown: month 00. Key of 850030033 = 76.
        #expect(97 - 850_030_033 % 97 == 76)
        #expect(NationalNumber.checkNISS("85003003376") == nil)
    }

    @Test func bisNumberMonthsAreLegal() {
        // Bis number: month + 20 (or + 40). 852730033 → key 71.
        #expect(NationalNumber.checkNISS("85273003371") == nil)
        let base = 854_730_033
        let key = 97 - base % 97
        // Two-digit key ("0" + key, last two digits): no branch on a value the compiler already knows.
        #expect(NationalNumber.checkNISS("\(base)" + String("0\(key)".suffix(2))) == nil)
    }

    @Test func checkDispatchesOnTheCountry() {
        #expect(NationalNumber.check("85073003328", country: .belgium) == nil)
        #expect(NationalNumber.check("85073003328", country: .france) != nil)
        #expect(NationalNumber.check("2 95 10 99 126 111 93", country: .belgium) == .wrongLength(expected: 11, got: 15))
    }
}

/// French NIR (15 characters, key = 97 − 13 digits mod 97, Corsica 2A → 19, 2B → 18).
@Suite struct NIRTests {
    /// The key of a 13-character NIR body, computed the way the domain notes say.
    static func key(ofBody body: String) -> String {
        var digits = body
        let department = String(Array(body)[5..<7])
        if department == "2A" || department == "2B" {
            var chars = Array(body)
            chars.replaceSubrange(5..<7, with: department == "2A" ? Array("19") : Array("18"))
            digits = String(chars)
        }
        let key = 97 - Int(digits)! % 97
        return key < 10 ? "0\(key)" : "\(key)"
    }

    @Test(arguments: [
        "2 95 10 99 126 111 93", "295109912611193", "2.95.10.99.126.111.93", "2-95-10-99-126-111-93",
        " 2 95 10 99 126 111 93 ",
    ])
    func validExample(number: String) {
        #expect(NationalNumber.checkNIR(number) == nil)
        #expect(NationalNumber.check(number, country: .france) == nil)
    }

    @Test func exampleKeyIsComputedFromThirteenDigits() {
        #expect(NIRTests.key(ofBody: "2951099126111") == "93")
    }

    @Test func corsica2AUses19ForTheKey() {
        let body = "185052A004012"
        let key = NIRTests.key(ofBody: body)
        // Computed with the substitution: 97 − 1850519004012 mod 97.
        #expect(key == "70")
        #expect(NationalNumber.checkNIR(body + key) == nil)
        #expect(NationalNumber.checkNIR("1 85 05 2A 004 012 \(key)") == nil)
        // Lower case is accepted too.
        #expect(NationalNumber.checkNIR("1 85 05 2a 004 012 \(key)") == nil)
    }

    @Test func corsica2BUses18ForTheKey() {
        let body = "185052B004012"
        let key = NIRTests.key(ofBody: body)
        #expect(key == "97")
        #expect(NationalNumber.checkNIR(body + key) == nil)
        // The 2A key does not fit a 2B number, nor the reverse.
        #expect(NationalNumber.checkNIR("185052B004012" + NIRTests.key(ofBody: "185052A004012")) == .wrongKey)
        #expect(NationalNumber.checkNIR("185052A004012" + key) == .wrongKey)
    }

    @Test func corsicaLettersAreOnlyAcceptedAsADepartment() {
        // "2A" elsewhere than in the department position is not a NIR.
        #expect(NationalNumber.checkNIR("2A5052A00401270") == .invalidCharacters)
        #expect(NationalNumber.checkNIR("18505 2C 004012 70") == .invalidCharacters)
        #expect(NationalNumber.checkNIR("185052A0040127A") == .invalidCharacters)
    }

    @Test(arguments: [
        "2 95 10 99 126 111 94", "2 95 10 99 126 111 92", "2 95 10 99 126 111 00", "1 95 10 99 126 111 93",
        "2 95 10 99 126 112 93",
    ])
    func wrongKey(number: String) {
        #expect(NationalNumber.checkNIR(number) == .wrongKey)
    }

    @Test(arguments: [
        ("2 95 10 99 126 111 9", 14), ("2 95 10 99 126 111 933", 16), ("", 0), ("85073003328", 11),
        ("2 95 10 2A 126 111", 13),
    ])
    func wrongLength(number: String, got: Int) {
        #expect(NationalNumber.checkNIR(number) == .wrongLength(expected: 15, got: got))
    }

    @Test(arguments: ["2 95 10 99 126 1X1 93", "2 95 10 99 126 111 9X", "X95109912611193", "2_95_10_99_126_111_93"])
    func lettersAreRefused(number: String) {
        #expect(NationalNumber.checkNIR(number) == .invalidCharacters)
    }

    @Test func impossibleMonth() {
        let body = "2951399126111"
        #expect(NationalNumber.checkNIR(body + NIRTests.key(ofBody: body)) == .impossibleDate)
        let zero = "2950099126111"
        #expect(NationalNumber.checkNIR(zero + NIRTests.key(ofBody: zero)) == .impossibleDate)
    }

    @Test func sexDigitMustBeKnown() {
        let body = "5951099126111"
        #expect(NationalNumber.checkNIR(body + NIRTests.key(ofBody: body)) == .invalidCharacters)
        let male = "1951099126111"
        #expect(NationalNumber.checkNIR(male + NIRTests.key(ofBody: male)) == nil)
    }
}

@Suite struct NationalNumberMessageTests {
    static let problems: [NationalNumber.Problem] = [
        .wrongLength(expected: 11, got: 10), .invalidCharacters, .wrongKey, .impossibleDate,
    ]

    @Test(arguments: problems, [Country.belgium, .france])
    func messagesAreFrenchSentences(problem: NationalNumber.Problem, country: Country) {
        let message = problem.message(for: country)
        #expect(TestSupport.isFrenchSentence(message), "\(message)")
        #expect(message.contains(country == .belgium ? "NISS" : "NIR"))
    }

    @Test func wrongLengthNamesBothCounts() {
        let message = NationalNumber.Problem.wrongLength(expected: 11, got: 10).message(for: .belgium)
        #expect(message.contains("11"))
        #expect(message.contains("10"))
        #expect(message.contains("chiffres"))
        let french = NationalNumber.Problem.wrongLength(expected: 15, got: 13).message(for: .france)
        #expect(french.contains("15") && french.contains("13"))
    }

    @Test func invalidCharactersMentionsCorsicaOnlyForFrance() {
        #expect(NationalNumber.Problem.invalidCharacters.message(for: .france).contains("2A"))
        #expect(!NationalNumber.Problem.invalidCharacters.message(for: .belgium).contains("2A"))
    }

    @Test func wrongKeyTalksAboutTheCheckKey() {
        #expect(NationalNumber.Problem.wrongKey.message(for: .belgium).contains("clé de contrôle"))
        #expect(NationalNumber.Problem.wrongKey.message(for: .france).contains("clé de contrôle"))
    }
}
