import QualityKit

extension Krasnodar {
  /// The target indicators of seed 004 (Тбилисский район), each with its target (a single horizon or a plan
  /// per year) and a verbatim quote; a number the document does not give is never invented —
  /// an indicator without one has no target, and every reading is in its provenance.
  public static let indicators: [any Indicator] = [
    PackDeclarations.reported(
      id: "krasnodar.network_programmes_count",
      title: LocalizedText(
        ru:
          "Количество образовательных программ, реализуемых с использованием сетевых форм взаимодействия между образовательными организациями",
        en:
          "Number of educational programmes delivered through network forms of cooperation between schools"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 6, 2022: 12, 2023: 21, 2024: 29],
      source: "004_a21e3c7c7266135d.txt",
      section:
        "3. Показатели достижения цели программы — цель «Повышение качества образования и уровня ресурсного обеспечения школ…», показатель 1",
      quote:
        "Значение 2021 г. плановое значение 2022 2023 2024 … Количество образовательных программ, реализуемых с использованием сетевых форм взаимодействия между образовательными организациями; единиц 6 12 21 29",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Единица — «единиц». Значение за 2021 г. — базовое, документ называет его «Значение 2021 г.»; 2022–2024 — «плановое значение». Слова сравнения нет; прочитано как «не менее» (выведено). Годы прочитаны как годы окончания учебного года (2022 → 2021/22). Накопительные ли значения — не сказано; план растёт монотонно, прочитан как значение на конец года. Показатель муниципальный, сообщается вручную.",
        en:
          "Unit: «единиц» (units). The 2021 value is the baseline, which the document calls «Значение 2021 г.» (value in 2021); 2022–2024 are the «плановое значение» (planned value). No comparison word is printed; read as «at least» (derived). Years are read as the end years of academic years (2022 → 2021/22). Whether the values are cumulative is not stated; the plan rises monotonically and is read as the level at year end. A municipal indicator, reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnodar.network_methodical_associations_count",
      title: LocalizedText(
        ru:
          "Организация сетевых методических объединений учителей предметников, педагогов-психологов, классных руководителей для решения актуальных проблем формирования индивидуальных образовательных маршрутов обучающихся с разными образовательными потребностями",
        en:
          "Network methodical associations of subject teachers, school psychologists and class teachers for building individual learning routes of students with different needs"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 2, 2022: 7, 2023: 10, 2024: 15],
      source: "004_a21e3c7c7266135d.txt",
      section:
        "3. Показатели достижения цели программы — цель «Повышение качества образования и уровня ресурсного обеспечения школ…», показатель 2",
      quote:
        "Значение 2021 г. плановое значение 2022 2023 2024 … Организация сетевых методических объединений учителей предметников, … психологов, классных руководителей для решения актуальных проблем формирования индивидуальных образовательных маршрутов обучающихся с разными образовательными потребностями; единиц 2 7 10 15",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Считается число созданных сетевых методических объединений. Единица — «единиц». Значение за 2021 г. — базовое, документ называет его «Значение 2021 г.»; 2022–2024 — «плановое значение». Слова сравнения нет; прочитано как «не менее» (выведено). Годы прочитаны как годы окончания учебного года (2022 → 2021/22). Накопительные ли значения — не сказано; план растёт монотонно, прочитан как значение на конец года. Показатель муниципальный, сообщается вручную.",
        en:
          "Counts the network methodical associations set up. Unit: «единиц» (units). The 2021 value is the baseline, which the document calls «Значение 2021 г.» (value in 2021); 2022–2024 are the «плановое значение» (planned value). No comparison word is printed; read as «at least» (derived). Years are read as the end years of academic years (2022 → 2021/22). Whether the values are cumulative is not stated; the plan rises monotonically and is read as the level at year end. A municipal indicator, reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnodar.low_motivation_programmes_count",
      title: LocalizedText(
        ru:
          "Реализация образовательных программ основного и дополнительного образования детей с низкой мотивацией к учению",
        en:
          "Educational programmes (core and additional education) for children with low learning motivation"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 0, 2022: 2, 2023: 6, 2024: 12],
      source: "004_a21e3c7c7266135d.txt",
      section:
        "3. Показатели достижения цели программы — цель «Повышение качества образования и уровня ресурсного обеспечения школ…», показатель 3",
      quote:
        "Значение 2021 г. плановое значение 2022 2023 2024 … Реализация образовательных программ основного и дополнительного образования детей с низкой мотивацией к учению; единиц 0 2 6 12",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Считается число реализуемых программ. Единица — «единиц». Значение за 2021 г. — базовое, документ называет его «Значение 2021 г.»; 2022–2024 — «плановое значение». Слова сравнения нет; прочитано как «не менее» (выведено). Годы прочитаны как годы окончания учебного года (2022 → 2021/22). Накопительные ли значения — не сказано; план растёт монотонно, прочитан как значение на конец года. Показатель муниципальный, сообщается вручную.",
        en:
          "Counts the programmes delivered. Unit: «единиц» (units). The 2021 value is the baseline, which the document calls «Значение 2021 г.» (value in 2021); 2022–2024 are the «плановое значение» (planned value). No comparison word is printed; read as «at least» (derived). Years are read as the end years of academic years (2022 → 2021/22). Whether the values are cumulative is not stated; the plan rises monotonically and is read as the level at year end. A municipal indicator, reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnodar.gifted_programmes_count",
      title: LocalizedText(
        ru:
          "Реализация образовательных программ основного и дополнительного образования детей с выдающимися способностями в учении",
        en:
          "Educational programmes (core and additional education) for children with outstanding learning abilities"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 0, 2022: 4, 2023: 9, 2024: 15],
      source: "004_a21e3c7c7266135d.txt",
      section:
        "3. Показатели достижения цели программы — цель «Повышение качества образования и уровня ресурсного обеспечения школ…», показатель 4",
      quote:
        "Значение 2021 г. плановое значение 2022 2023 2024 … Реализация образовательных программ основного и дополнительного образования детей с выдающимися способностями в учении; единиц 0 4 9 15",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Считается число реализуемых программ. Единица — «единиц». Значение за 2021 г. — базовое, документ называет его «Значение 2021 г.»; 2022–2024 — «плановое значение». Слова сравнения нет; прочитано как «не менее» (выведено). Годы прочитаны как годы окончания учебного года (2022 → 2021/22). Накопительные ли значения — не сказано; план растёт монотонно, прочитан как значение на конец года. Показатель муниципальный, сообщается вручную.",
        en:
          "Counts the programmes delivered. Unit: «единиц» (units). The 2021 value is the baseline, which the document calls «Значение 2021 г.» (value in 2021); 2022–2024 are the «плановое значение» (planned value). No comparison word is printed; read as «at least» (derived). Years are read as the end years of academic years (2022 → 2021/22). Whether the values are cumulative is not stated; the plan rises monotonically and is read as the level at year end. A municipal indicator, reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnodar.teachers_active_forms_count",
      title: LocalizedText(
        ru:
          "Количество педагогов школ, включенных в активные формы взаимодействия и саморазвития (профессиональные сообщества, конкурсное движение и др.)",
        en:
          "Number of school teachers involved in active forms of cooperation and self-development (professional communities, contests, etc.)"
      ),
      unit: .count, level: .municipality, better: .positive,
      comparison: .atLeast, plan: [2021: 15, 2022: 243, 2023: 486, 2024: 605],
      source: "004_a21e3c7c7266135d.txt",
      section:
        "3. Показатели достижения цели программы — цель «Повышение качества образования и уровня ресурсного обеспечения школ…», показатель 5",
      quote:
        "Значение 2021 г. плановое значение 2022 2023 2024 … Количество педагогов школ, включенных в активные формы взаимодействия и саморазвития (профессиональные сообщества, конкурсное движение и др.) единиц 15 243 486 605 … Образовательную деятельность в школах района осуществляют 605 педагогических работников.",
      kind: .stated,
      reading: LocalizedText(
        ru:
          "Единица «единиц» — педагоги. 605 на 2024 г. равно числу всех педагогических работников района («…осуществляют 605 педагогических работников»), т. е. план 2024 г. — охват 100 % (выведено). Единица — «единиц». Значение за 2021 г. — базовое, документ называет его «Значение 2021 г.»; 2022–2024 — «плановое значение». Слова сравнения нет; прочитано как «не менее» (выведено). Годы прочитаны как годы окончания учебного года (2022 → 2021/22). Накопительные ли значения — не сказано; план растёт монотонно, прочитан как значение на конец года. Показатель муниципальный, сообщается вручную.",
        en:
          "The unit «единиц» counts teachers. The 2024 value 605 equals the district's total teaching staff («…605 teaching staff»), so the 2024 plan means 100 % coverage (derived). Unit: «единиц» (units). The 2021 value is the baseline, which the document calls «Значение 2021 г.» (value in 2021); 2022–2024 are the «плановое значение» (planned value). No comparison word is printed; read as «at least» (derived). Years are read as the end years of academic years (2022 → 2021/22). Whether the values are cumulative is not stated; the plan rises monotonically and is read as the level at year end. A municipal indicator, reported by hand."
      )),
    PackDeclarations.reported(
      id: "krasnodar.low_results_schools_share",
      title: LocalizedText(
        ru:
          "Доля школ с устойчиво низкими результатами обучения, функционирующих в неблагоприятных социальных условиях",
        en:
          "Share of schools with consistently low learning results operating in unfavourable social conditions"
      ),
      unit: .percent, level: .municipality, better: .negative,
      source: "004_a21e3c7c7266135d.txt",
      section: "5. Ожидаемые результаты и целевые показатели Программы, п. 4",
      quote:
        "4. Сокращение доли школ с устойчиво низкими результатами обучения, функционирующих в неблагоприятных социальных условиях.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Ожидаемый результат без числа и года: направление («Сокращение») указано, значение — нет; target = null; единица (% от 14 школ района) выведена. Исходно в список вошли 9 школ из 14 (по результатам 2018–2019 гг.). Метрики в METRICS.md нет (это итог идентификации, а не показатель школы); сообщается вручную или по отчёту идентификации.",
        en:
          "An expected result without a number or year: the direction («reduction») is given, a value is not; target = null; the unit (% of the district's 14 schools) is derived. The initial list had 9 schools of 14 (2018–2019 results). No METRICS.md metric (it is an identification outcome, not a school value); reported by hand or from the identification report."
      )),
  ]
}
