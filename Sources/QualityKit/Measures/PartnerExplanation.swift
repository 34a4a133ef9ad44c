/// The sentences that say why a school got its partner, or none, in Russian and English.
///
/// Numbers are rounded to two decimals with a decimal comma in Russian (``NumberText``). The values
/// of a school with fewer students than the small-cell limit are never written: the sentence says
/// that the difference was the smallest without giving it.
struct PartnerExplanation: Sendable {
  let options: PartnerMatcher.Options
  let threshold: Double?
  let year: AcademicYear
  let minimumGroupSize: Int

  /// Why `partner` for `school`.
  ///
  /// - Complexity: O(1).
  func pair(
    school: PartnerMatching.Profile, partner: PartnerMatching.Profile,
    choice: PartnerMatching.Choice, difference: Double?, tiedWith: SchoolID?, context: Tier? = nil
  ) -> LocalizedText {
    var text = LocalizedText(
      ru: pair(school, partner, choice, difference, tiedWith, context, .russian),
      en: pair(school, partner, choice, difference, tiedWith, context, .english))
    if let context {
      text = LocalizedText(
        ru: context.sentence(.russian) + " " + text.ru,
        en: context.sentence(.english) + " " + text.en)
    }
    return text
  }

  /// Which tier of strong schools the partner came from, when the run has context-adjusted results.
  enum Tier: Sendable {
    case resilient, aboveExpected, other

    init(_ tier: Int) { self = tier == 0 ? .resilient : tier == 1 ? .aboveExpected : .other }

    /// The sentence that opens the pair's explanation.
    func sentence(_ language: Language) -> String {
      let ru = language == .russian
      switch self {
      case .resilient:
        return ru
          ? "Партнёр — резильентная школа: условия среди самых трудных, результаты среди лучших; "
            + "такие школы предлагаются первыми."
          : "The partner is a resilient school: conditions among the hardest, results among the "
            + "best; such schools are offered first."
      case .aboveExpected:
        return ru
          ? "Результаты партнёра выше ожидаемого по его условиям; такие школы предлагаются после "
            + "резильентных (свободных резильентных здесь нет)."
          : "The partner's results are above what its conditions predict; such schools are "
            + "offered after resilient ones (no resilient school with a free place is left here)."
      case .other:
        return ru
          ? "Резильентных школ и школ с результатами выше ожидаемого со свободными местами здесь "
            + "нет."
          : "No resilient school and no school above expectation has a free place here."
      }
    }
  }

  /// Why `school` has no partner.
  ///
  /// - Complexity: O(1).
  func unmatched(_ reason: PartnerMatching.UnmatchedReason, strongSchools: Int) -> LocalizedText {
    let capacity = options.capacity
    switch reason {
    case .noFreeCapacity:
      return LocalizedText(
        ru: "Партнёр не назначен: все сильные школы (\(strongSchools)) уже заняты — каждая "
          + "принимает не более \(capacity), а школы с большей потребностью распределены раньше.",
        en: "No partner: every strong school (\(strongSchools)) is full — each takes at most "
          + "\(capacity), and schools with more need were served first.")
    case .noStrongSchool:
      guard let threshold else {
        return LocalizedText(
          ru: "Партнёр не назначен: ни у одной школы нет данных для расчёта "
            + "«\(options.strength.title.ru)» за \(year) учебный год.",
          en: "No partner: no school has the data for the \(options.strength.title.en) in "
            + "\(year).")
      }
      return LocalizedText(
        ru: "Партнёр не назначен: сильных школ нет — ни одна невыявленная школа с полными данными "
          + "не достигает порога «\(options.strength.title.ru)» "
          + "\(NumberText.format(threshold, .russian)).",
        en: "No partner: there is no strong school — no school that is not identified and has "
          + "full data reaches the \(options.strength.title.en) threshold "
          + "\(NumberText.format(threshold, .english)).")
    }
  }

  private func pair(
    _ school: PartnerMatching.Profile, _ partner: PartnerMatching.Profile,
    _ choice: PartnerMatching.Choice, _ difference: Double?, _ tiedWith: SchoolID?,
    _ context: Tier?, _ language: Language
  ) -> String {
    let ru = language == .russian
    func t(_ russian: String, _ english: String) -> String { ru ? russian : english }
    func number(_ value: Double) -> String { NumberText.format(value, language) }
    let home = school.school.municipality
    let away = partner.school.municipality
    var sentences: [String] = []
    switch choice {
    case .sameMunicipality:
      sentences.append(t("Тот же муниципалитет (\(home)).", "Same municipality (\(home))."))
    case .otherMunicipalityNoStrong:
      sentences.append(
        t(
          "Другой муниципалитет (\(away)): в муниципалитете \(home) нет сильных школ.",
          "Another municipality (\(away)): municipality \(home) has no strong school."))
    case .otherMunicipalityFull:
      sentences.append(
        t(
          "Другой муниципалитет (\(away)): все сильные школы муниципалитета \(home) уже заняты "
            + "(каждая принимает не более \(options.capacity)).",
          "Another municipality (\(away)): every strong school of municipality \(home) is full "
            + "(each takes at most \(options.capacity))."))
    }
    // The tier the partner was taken from narrows the schools compared.
    let strong: String
    switch context {
    case .resilient?: strong = t("резильентных сильных школ", "resilient strong schools")
    case .aboveExpected?:
      strong = t(
        "сильных школ с результатами выше ожидаемого", "strong schools above expectation")
    case .other?, nil: strong = t("сильных школ", "strong schools")
    }
    let scope =
      choice == .sameMunicipality
      ? t(
        "среди \(strong) муниципалитета со свободными местами",
        "among the \(strong) of the municipality with a free place")
      : t(
        "среди \(strong) других муниципалитетов со свободными местами",
        "among the \(strong) of other municipalities with a free place")
    let strongest = t(
      "школа с наибольшей силой результатов", "the school with the highest strength of results")
    if let index = options.socialIndex {
      let title = index.title[language].capitalizedInitial
      switch (school.socialIndex, partner.socialIndex) {
      case (let own?, let other?):
        if school.mayShowValues, let difference {
          sentences.append(
            t(
              "\(title): у школы \(number(own)), у партнёра \(number(other)), разница "
                + "\(number(difference)) — наименьшая \(scope).",
              "\(title): school \(number(own)), partner \(number(other)), difference "
                + "\(number(difference)) — the smallest \(scope)."))
        } else {
          sentences.append(
            t(
              "\(title): разница с партнёром наименьшая \(scope) (значения школы не выводятся: "
                + "менее \(minimumGroupSize) обучающихся или численность неизвестна).",
              "\(title): the smallest difference \(scope) (the school's values are not shown: "
                + "fewer than \(minimumGroupSize) students or an unknown enrolment)."))
        }
      case (nil, _):
        sentences.append(
          t(
            "\(title): у школы нет данных, поэтому выбрана \(strongest) \(scope).",
            "\(title): the school has no value, so \(strongest) \(scope) was chosen."))
      case (.some, nil):
        sentences.append(
          t(
            "\(title): у партнёра нет данных — сильных школ с известным значением и свободными "
              + "местами здесь нет, поэтому выбрана \(strongest).",
            "\(title): the partner has no value — no strong school with a known value and a free "
              + "place is left here, so \(strongest) was chosen."))
      }
    } else {
      sentences.append(
        t(
          "Социальный индекс не задан: выбрана \(strongest) \(scope).",
          "No social index is set: \(strongest) \(scope) was chosen."))
    }
    var strength = t("Сила результатов: у партнёра ", "Strength of results: partner ")
    strength += partner.strength.map(number) ?? "—"
    strength += t(", у школы ", ", school ")
    if !school.mayShowValues {
      strength += t("не выводится", "not shown")
    } else if let own = school.strength {
      strength += number(own)
    } else {
      strength += t("нет данных", "no data")
    }
    if let threshold {
      strength += t(" (порог сильной школы ", " (a strong school has at least ")
      strength += number(threshold) + ")"
    }
    sentences.append(strength + ".")
    if let tiedWith {
      let what =
        difference != nil
        ? t("по разнице индекса и силе результатов", "in index difference and strength")
        : t("по силе результатов", "in strength")
      sentences.append(
        t(
          "Школа \(tiedWith) равна партнёру \(what); выбрана школа с меньшим кодом.",
          "School \(tiedWith) equals the partner \(what); the smaller id was chosen."))
    }
    return sentences.joined(separator: " ")
  }
}
