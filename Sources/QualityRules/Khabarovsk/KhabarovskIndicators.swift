import QualityKit

extension Khabarovsk {
  /// The target indicators of seed 001 (г. Хабаровск), each with its target (a single horizon or a plan
  /// per year) and a verbatim quote; a number the document does not give is never invented —
  /// an indicator without one has no target, and every reading is in its provenance.
  public static let indicators: [any Indicator] = [
    PackDeclarations.aggregate(
      id: "khabarovsk.quality_share",
      title: LocalizedText(
        ru:
          "Численность учащихся, успевающих на «4» и «5» по результатам промежуточной аттестации, в общей численности учащихся",
        en: "Share of students with only 4s and 5s at interim attestation (quality of learning)"),
      unit: .percent, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 1",
      quote:
        "1. Численность )лащихся, успевающих на к4> и к5> по результатаIчI IIромежуtочной аттестации, в общей числецности r{ащихся.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «больше — лучше» выведено. Чтение OCR: «)лащихся» / «r{ащихся» = «учащихся», «к4> и к5>» = «„4“ и „5“», «результатаIчI IIромежуtочной» = «результатам промежуточной». Муниципальное значение — среднее по школам, взвешенное по числу обучающихся, метрики results.quality_percent (качество обученности).",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «more is better» is derived. OCR reading: «)лащихся» / «r{ащихся» = «учащихся» (students), «к4> и к5>» = «“4” and “5”». The municipal value is the enrolment-weighted mean over schools of results.quality_percent (quality of learning)."
      ),
      metric: "results.quality_percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.reported(
      id: "khabarovsk.gia_unsatisfactory_count",
      title: LocalizedText(
        ru:
          "Численность выпускников 9-х, 11-х классов, получивших неудовлетворительные результаты на ГИА по обязательным предметам",
        en:
          "Number of grade-9 and grade-11 graduates with unsatisfactory state final attestation (ГИА) results in compulsory subjects"
      ),
      unit: .count, level: .municipality, better: .negative,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 2",
      quote:
        "2. Численность вьшускников 9-х, 11-х классов, получивших неудовлетворительные результаты на ГИА по обязательным предмsтам.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. Пункт напечатан как численность (без «в общей численности»), поэтому единица — человек (count); «меньше — лучше» выведено. В METRICS.md нет метрики-численности выпускников; долевую форму того же явления даёт п. 4 (ниже минимального количества баллов). Сообщается вручную. Чтение OCR: «вьшускников» = «выпускников», «предмsтам» = «предметам».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. The item is printed as a head count (no «among the total number»), so the unit is persons (count); «less is better» is derived. METRICS.md has no head-count metric of graduates; the share form of the same thing is item 4 (below the minimum score). Reported by hand. OCR reading: «вьшускников» = «выпускников» (graduates)."
      )),
    PackDeclarations.reported(
      id: "khabarovsk.gia_mean_score",
      title: LocalizedText(
        ru: "Средний балл по итогам ГИА по обязательным предметам, предметам по выбору",
        en: "Mean state final attestation (ГИА) score in compulsory and elective subjects"),
      unit: .points, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 3",
      quote: "3. Средний ба_тlл по итогам ГИА по обязательным предметам, предметам по выбору.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. Единица «баллы» и «больше — лучше» выведены. Пункт охватывает два экзамена (ЕГЭ — баллы 0–100, ОГЭ — отметки 2–5) и все предметы, в том числе по выбору, — это не одна метрика METRICS.md (ближайшие: ege.russian.mean_score, ege.math_profile.mean_score, oge.russian.mean_mark, oge.math.mean_mark, только обязательные предметы). Сообщается вручную, по предмету и экзамену. Чтение OCR: «ба_тlл» = «балл».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. The unit «points» and «more is better» are derived. The item covers two exams (ЕГЭ scores 0–100, ОГЭ marks 2–5) and every subject including electives — not one METRICS.md metric (the nearest are ege.russian.mean_score, ege.math_profile.mean_score, oge.russian.mean_mark, oge.math.mean_mark, compulsory subjects only). Reported by hand, per subject and exam. OCR reading: «ба_тlл» = «балл» (score)."
      )),
    PackDeclarations.reported(
      id: "khabarovsk.gia_below_minimum_share",
      title: LocalizedText(
        ru:
          "Численность выпускников 9-х, 11-х классов, получивших результаты ниже установленного минимального количества баллов ГИА по обязательным предметам, в общей численности выпускников",
        en:
          "Share of grade-9 and grade-11 graduates scoring below the set ГИА minimum in compulsory subjects"
      ),
      unit: .percent, level: .municipality, better: .negative,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 4",
      quote:
        "4. Численность выпускников 9-х, 11-х кJIассов, получивших результаты ниже установлеЕного миЕимального количества баллов ГИА по обязательным предметам, в общей tмсленности выпускников.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «меньше — лучше» выведено. Это четыре метрики METRICS.md (ege.russian.below_min_percent, ege.math.below_min_percent, oge.russian.below_min_percent, oge.math.below_min_percent), а не одна; их среднее не равно доле выпускников, поэтому индикатор сообщается вручную. Чтение OCR: «кJIассов» = «классов», «установлеЕного миЕимального» = «установленного минимального», «tмсленности» = «численности».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «less is better» is derived. This is four METRICS.md metrics (ege.russian.below_min_percent, ege.math.below_min_percent, oge.russian.below_min_percent, oge.math.below_min_percent), not one; their mean is not the share of graduates, so the indicator is reported by hand. OCR reading: «установлеЕного миЕимального» = «установленного минимального» (set minimum)."
      )),
    PackDeclarations.aggregate(
      id: "khabarovsk.no_certificate_share",
      title: LocalizedText(
        ru:
          "Численность выпускников 9-х, 11-х классов, не получивших аттестаты об основном общем образовании, о среднем общем образовании, в общей численности выпускников",
        en:
          "Share of grade-9 and grade-11 graduates who did not receive a basic or secondary general education certificate"
      ),
      unit: .percent, level: .municipality, better: .negative,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 5",
      quote:
        "5. Численность вьшускников 9-х, 11-х классов, не получивrrlих аттестаты об основном общем образовании, о среднем общем образовании, в общей .плсленности вьшускников.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «меньше — лучше» выведено. Метрика gia.no_certificate_percent измеряет ровно это; муниципальное значение — среднее по школам, взвешенное по числу обучающихся (число выпускников в METRICS.md нет, численность школы — ближайший вес). Чтение OCR: «не получивrrlих» = «не получивших», «.плсленности» = «численности».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «less is better» is derived. gia.no_certificate_percent measures exactly this; the municipal value is the enrolment-weighted mean over schools (METRICS.md has no graduate count, school enrolment is the nearest weight). OCR reading: «не получивrrlих» = «не получивших» (did not receive)."
      ),
      metric: "gia.no_certificate_percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.aggregate(
      id: "khabarovsk.honours_share",
      title: LocalizedText(
        ru:
          "Численность выпускников 9-х, 11-х классов, получивших аттестат с отличием, в общей численности выпускников",
        en: "Share of grade-9 and grade-11 graduates awarded a certificate with honours"),
      unit: .percent, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 6",
      quote:
        "6. Численность выпускников 9-х, 11-х классов, поJцrчивших аттестат с отличием, в общей численности вьшускников.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «больше — лучше» выведено. Метрика gia.honours_percent; муниципальное значение — среднее по школам, взвешенное по числу обучающихся (ближайший вес вместо числа выпускников). Чтение OCR: «поJцrчивших» = «получивших».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «more is better» is derived. Metric gia.honours_percent; the municipal value is the enrolment-weighted mean over schools (enrolment stands in for the number of graduates). OCR reading: «поJцrчивших» = «получивших» (received)."
      ),
      metric: "gia.honours_percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.aggregate(
      id: "khabarovsk.olympiad_participation_share",
      title: LocalizedText(
        ru:
          "Численность учащихся, принявших участие в олимпиадах, смотрах, конкурсах различного уровня, в общей численности учащихся",
        en: "Share of students who took part in olympiads, reviews and contests of any level"),
      unit: .percent, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 7",
      quote:
        "7. Численность учащихся, принявIIIих r{астие в олимпиадах, смотрах, конкурсах различного уровня, в общей численности rIащихся.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «больше — лучше» выведено. Ближайшая одна метрика — olympiad.participation_percent, но она считает только региональные и всероссийские олимпиады и конкурсы, а документ — «различного уровня» (включая школьный и муниципальный); значение метрики поэтому ниже того, что имеет в виду документ. Муниципальное значение — среднее по школам, взвешенное по числу обучающихся. Чтение OCR: «принявIIIих r{астие» = «принявших участие».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «more is better» is derived. The closest single metric is olympiad.participation_percent, but it counts regional and all-Russian olympiads and contests only, while the document says «of any level» (school and municipal included); the metric therefore runs lower than the document means. The municipal value is the enrolment-weighted mean over schools. OCR reading: «принявIIIих r{астие» = «принявших участие» (took part)."
      ),
      metric: "olympiad.participation_percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.aggregate(
      id: "khabarovsk.olympiad_winners_share",
      title: LocalizedText(
        ru:
          "Численность учащихся, ставших победителями и призерами олимпиад, смотров, конкурсов, в общей численности учащихся",
        en:
          "Share of students who became winners or prize-winners of olympiads, reviews and contests"
      ),
      unit: .percent, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 8",
      quote:
        "8. Численность уrащихся, ставших победителями и призерами олимпиад, смотров, конкурсов, в общей численности г{атцихся.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. «Численность … в общей численности …» прочитана как доля, % (выведено); направление «больше — лучше» выведено. Метрика olympiad.winners_percent («доля победителей и призёров олимпиад, смотров, конкурсов»); муниципальное значение — среднее по школам, взвешенное по числу обучающихся. Чтение OCR: «уrащихся» / «г{атцихся» = «учащихся».",
        en:
          "The document gives no target value, year, unit or baseline: target = null. «Number of … among the total number of …» is read as a share, % (derived); the direction «more is better» is derived. Metric olympiad.winners_percent («share of winners and prize-winners of olympiads, reviews, contests»); the municipal value is the enrolment-weighted mean over schools. OCR reading: «уrащихся» / «г{атцихся» = «учащихся» (students)."
      ),
      metric: "olympiad.winners_percent", aggregation: .enrolmentWeightedMean),
    PackDeclarations.reported(
      id: "khabarovsk.staff_quality_training_count",
      title: LocalizedText(
        ru:
          "Численность руководящих и педагогических работников, повысивших квалификацию по проблеме формирования качества образования",
        en:
          "Number of school heads and teachers who completed professional development on building the quality of education"
      ),
      unit: .count, level: .municipality, better: .positive,
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Основные показатели (индикаторы), п. 9",
      quote:
        "9. Численность руководящих и педагогических работников, повысивших квалификацию по проблеме формирования качества образования.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Документ не даёт ни целевого значения, ни года, ни единицы измерения, ни базового значения: target = null. Пункт напечатан как численность (без «в общей численности»), поэтому единица — человек (count); «больше — лучше» выведено. Ближайшая метрика staff.quality_training_percent — доля работников школы, а не численность, поэтому computed не задан; сообщается вручную.",
        en:
          "The document gives no target value, year, unit or baseline: target = null. The item is printed as a head count (no «among the total number»), so the unit is persons (count); «more is better» is derived. The nearest metric, staff.quality_training_percent, is a share of a school's staff, not a count, so computed is not set; reported by hand."
      )),
    PackDeclarations.positiveDynamics(
      id: "khabarovsk.not_mastered_share",
      title: LocalizedText(
        ru: "Доля обучающихся, не освоивших основные образовательные программы",
        en: "Share of students who did not master the core educational programmes"),
      source: "001_a2b6d671e86258ea.txt",
      section: "Паспорт программы — Ожидаемые результаты, п. 5",
      quote: "5. Снижена доля обучающихся, не освоивших основные образовательные программы.",
      kind: .derived,
      reading: LocalizedText(
        ru:
          "Ожидаемый результат без числа и года: направление («Снижена») указано, значение — нет; target = null. Не освоившие основные программы — это дополнение успеваемости (results.success_percent, «стандарт обученности»): снижение доли не освоивших = рост успеваемости, поэтому computed — положительная динамика results.success_percent (выведено; метрика считает всех обучающихся по всем предметам).",
        en:
          "An expected result without a number or a year: the direction («reduced») is given, a value is not; target = null. Students who did not master the core programmes are the complement of the pass rate (results.success_percent, «standard of learning»): a lower share of them is a higher pass rate, so computed is positive dynamics of results.success_percent (derived; the metric covers all students and subjects)."
      ),
      metric: "results.success_percent"),
  ]
}
