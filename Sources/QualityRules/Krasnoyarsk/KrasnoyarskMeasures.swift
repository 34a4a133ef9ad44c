import QualityKit

extension Krasnoyarsk {
  /// The support measures of seed 003 (г. Лесосибирск): every row of the plan of measures, in document
  /// order, with a verbatim quote; schedules, conditions and roles read as each measure's
  /// provenance says.
  public static let measures: [SupportMeasure] = [
    SupportMeasure(
      id: "krasnoyarsk.regional_model_study",
      title: LocalizedText(
        ru: "Изучение региональной модели поддержки ШНРО/ШНСУ, разработка муниципальной модели",
        en: "Study of the regional ШНРО/ШНСУ support model, development of the municipal model"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "позволит обеспечить большую интеграцию всех участников процесса, концентрацию кадровых, информационно-методических ресурсов",
        en:
          "will allow greater integration of all participants and concentration of staff and information-and-methodical resources"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote: "Изучение региональной модели поддержки ШНРО/ШНСУ, разработка муниципальной модели",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент без сроков и ответственного: постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); ожидаемый результат — из столбца «Необходимость включения».",
          en:
            "Component without timing or responsible: continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); expected result from the «Необходимость включения» column."
        )),
      lines: "L939–1011"),
    SupportMeasure(
      id: "krasnoyarsk.identification_component",
      title: LocalizedText(
        ru: "Проведение идентификации ШНРО/ШНСУ", en: "Identification of ШНРО/ШНСУ"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "позволяет дифференцировать процесс управления качеством на всех уровнях, сконцентрировать ограниченные ресурсы на наиболее проблемных участках",
        en:
          "allows quality management to be differentiated at all levels and limited resources to be concentrated on the most problematic areas"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote:
          "Идентификация на основе четких критериев и показателей, прозрачных процедур позволяет дифференцировать процесс управления качеством",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент дорожной карты без сроков: постоянно; роли по строке раздела 2.3 «Отдел образования, МИМЦ» (идентификация); ожидаемый результат — из столбца «Необходимость включения»; датированная ежегодная форма — krasnoyarsk.identification_analysis.",
          en:
            "Roadmap component without timing: continuous; roles from the section 2.3 row «Отдел образования, МИМЦ» (identification); expected result from the «Необходимость включения» column; the dated yearly form is krasnoyarsk.identification_analysis."
        )),
      lines: "L1013–1047"),
    SupportMeasure(
      id: "krasnoyarsk.municipal_improvement_programme",
      title: LocalizedText(
        ru: "Разработка муниципальной программы улучшения результатов",
        en: "Development of the municipal programme for improving results"),
      categories: [.normativeOrganisational, .monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService, .professionalAssociations],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote: "Разработка муниципальной и школьных программ улучшения результатов", kind: .derived,
        derivation: LocalizedText(
          ru:
            "Муниципальная половина компонента «муниципальной и школьных программ» (название сокращено); роли по разделу 2.3 (программой руководит отдел образования, участвуют «МИМЦ, ГМО, ОО»); MONITOR вторым, поскольку компонент опирается на входной, промежуточный и итоговый контроль.",
          en:
            "Municipal half of the component «муниципальной и школьных программ» (title cut); roles from section 2.3 (education department leads the programme, «МИМЦ, ГМО, ОО» take part); MONITOR second because the component rests on entry, intermediate and final control."
        )),
      lines: "L1049–1091"),
    SupportMeasure(
      id: "krasnoyarsk.school_improvement_programmes",
      title: LocalizedText(
        ru: "Разработка школьных программ улучшения результатов",
        en: "Development of school programmes for improving results"),
      categories: [.normativeOrganisational, .monitoring],
      level: .school,
      responsible: [.schoolHead],
      schedule: .continuous(),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote: "Разработка муниципальной и школьных программ улучшения результатов", kind: .derived,
        derivation: LocalizedText(
          ru:
            "Школьная половина компонента (название сокращено); задача 2 (L184–186) относит школьные программы к школам, «идентифицированных как ШНРО/ШНСУ»; роль школы выведена (ОО в разделе 2.3).",
          en:
            "School half of the component (title cut); task 2 (L184–186) places the school programmes in schools «идентифицированных как ШНРО/ШНСУ»; school role derived (ОО in section 2.3)."
        )),
      lines: "L1049–1091"),
    SupportMeasure(
      id: "krasnoyarsk.additional_staff_units",
      title: LocalizedText(
        ru: "Введение дополнительных штатных должностей",
        en: "Introduction of additional staff positions"),
      categories: [.staffingInfrastructure, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote:
          "необходимость создания на муниципальном и школьном уровнях дополнительных штатных единиц (вмененного функционала) для реализации мониторинговых, координационных, экспертных, функций",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент без сроков и ответственного: постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); эта половина охватывает штатные единицы для мониторинга, координации и экспертизы; FIN-RES вторым, поскольку условием успеха является «Наличие дополнительного финансирования».",
          en:
            "Component without timing or responsible: continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); this half covers the monitoring, coordination and expert staff units; FIN-RES second because success needs «Наличие дополнительного финансирования»."
        )),
      lines: "L1093–1135"),
    SupportMeasure(
      id: "krasnoyarsk.social_pedagogue_psychologist_rates",
      title: LocalizedText(
        ru:
          "Введение в штат общеобразовательной школы дополнительных ставок социальных педагогов, психологов",
        en: "Additional social-pedagogue and psychologist posts in the school's staff"),
      categories: [.staffingInfrastructure, .studentsParents],
      level: .school,
      responsible: [.schoolHead],
      schedule: .continuous(),
      condition: .categories([.unfavourableSocialConditions]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote: "дополнительных ставок социальных педагогов, психологов.", kind: .derived,
        derivation: LocalizedText(
          ru:
            "OCR перемежает столбцы («введение в штат общеобразовательной школы» L1125–1127 продолжается в L1136–1140); сроков нет: постоянно; роль школы выведена; ШНСУ, поскольку социальные педагоги и психологи отвечают на неблагоприятные социальные условия (трактовка библиотеки).",
          en:
            "OCR interleaves the columns («введение в штат общеобразовательной школы» L1125–1127 continues at L1136–1140); no timing: continuous; school role derived; ШНСУ because social pedagogues and psychologists answer unfavourable social conditions (library reading)."
        )),
      lines: "L1125–1140"),
    SupportMeasure(
      id: "krasnoyarsk.staff_professional_development",
      title: LocalizedText(
        ru: "Повышение квалификации работников образования",
        en: "Professional development of education staff"),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      condition: .criteria(["krasnoyarsk.staffing_potential_lowest_quarter"]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote:
          "Новый тип образовательных результатов требует обновления существующих и формирования новых компетенций у представителей административных команд",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент дорожной карты без сроков: постоянно; роли по разделу 2.3 (МИМЦ рекомендует ДПП/КПК, «МИМЦ, ГМО, ОО» реализуют планы ПК); условие: на низкий индекс кадрового потенциала отвечает повышение квалификации (трактовка библиотеки).",
          en:
            "Roadmap component without timing: continuous; roles from section 2.3 (МИМЦ recommends ДПП/КПК, «МИМЦ, ГМО, ОО» run PD plans); condition: a low staffing-potential index is answered by professional development (library reading)."
        )),
      lines: "L1142–1194"),
    SupportMeasure(
      id: "krasnoyarsk.partnership_network",
      title: LocalizedText(
        ru:
          "Организация партнерства и сетевого взаимодействия по обмену опытом между школами и учителями",
        en: "Partnership and networking for exchanging experience between schools and teachers"),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService, .partnerSchool],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "создает синергетический эффект, позволяют экономить ресурсы, обеспечивают уменьшение цикла внедрения инноваций",
        en: "creates a synergy effect, saves resources and shortens the innovation cycle"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote:
          "Особое значение и эффект может быть вариант партнерства школ с низкими результатами обучения и школ, функционирующих в сложных социальных условиях с успешными школами",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент без сроков и ответственного: постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); школы-партнёры добавлены, поскольку компонент объединяет ШНРО/ШНСУ в пары с успешными школами; ожидаемый результат — из столбца «Необходимость включения».",
          en:
            "Component without timing or responsible: continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); partner schools added because the component pairs ШНРО/ШНСУ with successful schools; expected result from the «Необходимость включения» column."
        )),
      lines: "L1196–1264"),
    SupportMeasure(
      id: "krasnoyarsk.teacher_associations_component",
      title: LocalizedText(
        ru: "Создание объединений педагогов для совершенствования технологий преподавания",
        en: "Teacher associations for improving teaching technologies"),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations, .schoolHead],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "позволит создать, отобрать, апробировать и внедрить в массовую практику эффективные организационные и методические подходы, методики обучения",
        en:
          "will allow effective organisational and methodical approaches and teaching methods to be created, selected, piloted and brought into mainstream practice"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote:
          "позволит создать, отобрать, апробировать и внедрить в массовую практику эффективные организационные и методические подходы, методики обучения",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Название разорвано OCR («совершенствова ния», L1274–1276); сроков нет: постоянно; роли и условие об идентифицированных школах — по разделу 2.3 («МИМЦ, ГМО, ОО»: объединения «в школах, включенных в муниципальные программы»).",
          en:
            "Title split by OCR («совершенствова ния», L1274–1276); no timing: continuous; roles and the identified-schools condition from section 2.3 («МИМЦ, ГМО, ОО»: associations «в школах, включенных в муниципальные программы»)."
        )),
      lines: "L1268–1350"),
    SupportMeasure(
      id: "krasnoyarsk.dissemination_programme",
      title: LocalizedText(
        ru: "Разработка программы распространения в других территориях",
        en: "Programme for spreading the model to other territories"),
      categories: [.information],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.1.Организация процесса идентификации ШНОР/ШНСУ — Основные компоненты «дорожной карты»",
        quote: "разработка программы распространения в других территориях", kind: .derived,
        derivation: LocalizedText(
          ru:
            "Компонент без сроков и ответственного: постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); цитата взята из перечня мероприятий перед таблицей (L921), поскольку ячейка названия в таблице разорвана OCR («распространени я»).",
          en:
            "Component without timing or responsible: continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); quoted from the list of measures before the table (L921) because the table's title cell is split by OCR («распространени я»)."
        )),
      lines: "L919–921, L1352–1367"),
    SupportMeasure(
      id: "krasnoyarsk.change_and_resource_planning",
      title: LocalizedText(
        ru:
          "Анализ и планирование изменений в муниципальной системе образования и необходимых ресурсов",
        en:
          "Analysis and planning of changes in the municipal education system and of the resources needed"
      ),
      categories: [.normativeOrganisational, .financeResources],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "1) анализ и планирование изменений в муниципальной системе образования и необходимых ресурсов;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1377–1379"),
    SupportMeasure(
      id: "krasnoyarsk.info_methodical_support_system",
      title: LocalizedText(
        ru: "Развитие системы информационно-методической поддержки ШНРО/ШНСУ",
        en: "Developing the system of information and methodical support for ШНРО/ШНСУ"),
      categories: [.methodicalSupport, .information],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "2) развитие системы информационно-методической поддержки ШНРО /ШНСУ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); муниципальная система, поэтому относится к программе в целом.",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); a municipal system, so the programme as a whole."
        )),
      lines: "L1381"),
    SupportMeasure(
      id: "krasnoyarsk.internship_sites_network",
      title: LocalizedText(
        ru: "Создание сети стажировочных площадок", en: "Network of internship sites"),
      categories: [.professionalDevelopment, .partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "3) создание сети стажировочных площадок; разработка нормативно-правовой базы работы со ШНРО/ШНСУ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»); первая половина пункта 3.",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support); first half of item 3."
        )),
      lines: "L1383–1385"),
    SupportMeasure(
      id: "krasnoyarsk.normative_base",
      title: LocalizedText(
        ru: "Разработка нормативно-правовой базы работы со ШНРО/ШНСУ",
        en: "Normative and legal base for work with ШНРО/ШНСУ"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "3) создание сети стажировочных площадок; разработка нормативно-правовой базы работы со ШНРО/ШНСУ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Вторая половина пункта 3 «Состав работ»; сроков нет: постоянно; роль по разделу 2.3 (нормативные акты разрабатывает отдел образования).",
          en:
            "Second half of «Состав работ» item 3; no timing: continuous; role from section 2.3 (the education department drafts the normative acts)."
        )),
      lines: "L1383–1385"),
    SupportMeasure(
      id: "krasnoyarsk.plan_schedule",
      title: LocalizedText(
        ru: "Разработка, согласование и утверждение плана-графика основных работ",
        en: "Drafting, agreeing and approving the plan-schedule of the main work"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .timesPerYear(1),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "4) разработка, согласование и утверждение плана-графика основных работ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт 4 «Состав работ» без сроков: ежегодно, поскольку план-график составляется на учебный год (пункты плана 2 и 20, «дорожные карты» «на каждый конкретный учебный год»); роли по разделу 2.3.",
          en:
            "«Состав работ» item 4 without timing: yearly, because the plan-schedule is made per academic year (plan items 2 and 20, «дорожные карты» «на каждый конкретный учебный год»); roles from section 2.3."
        )),
      lines: "L1387"),
    SupportMeasure(
      id: "krasnoyarsk.info_methodical_base",
      title: LocalizedText(
        ru: "Формирование информационно-методической базы деятельности по проекту",
        en: "Building the information and methodical base of the project"),
      categories: [.information, .methodicalSupport],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "5) формирование информационно-методической базы деятельности по проекту;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1389"),
    SupportMeasure(
      id: "krasnoyarsk.new_approaches_proposals",
      title: LocalizedText(
        ru:
          "Подготовка предложений по новым организационным и методическим подходам и технологиям работы со ШНРО/ШНСУ (общественная экспертиза, общественные слушания, институт кураторства, аудит процессов)",
        en:
          "Proposals for new organisational and methodical approaches and technologies for work with ШНРО/ШНСУ (public expert review, public hearings, a curator system, process audit)"
      ),
      categories: [.methodicalSupport, .normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "6) подготовка предложений по новым организационным и методическим подходам и технологиям работы со ШНРО/ШНСУ",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1391–1395"),
    SupportMeasure(
      id: "krasnoyarsk.regional_subject_association_events",
      title: LocalizedText(
        ru:
          "Участие в региональных мероприятиях с привлечением предметных ассоциаций учителей математики, физики, химии, биологии, истории и др.",
        en:
          "Taking part in regional events with the subject associations of teachers of mathematics, physics, chemistry, biology, history etc."
      ),
      categories: [.professionalDevelopment, .partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "7) участие в региональных мероприятиях с привлечением предметных ассоциаций учителей математики, физики, химии, биологии, истории и др.;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» без сроков: постоянно; роли выведены (МИМЦ и городские предметные объединения); идентифицированные школы, поскольку направление — «Повышение качества образования в ШНРО/ШНСУ».",
          en:
            "«Состав работ» item without timing: continuous; roles derived (МИМЦ and the city subject associations); identified because the direction is «Повышение качества образования в ШНРО/ШНСУ»."
        )),
      lines: "L1397–1399"),
    SupportMeasure(
      id: "krasnoyarsk.pd_courses_participation",
      title: LocalizedText(
        ru: "Участие в КПК для педагогических работников по вопросам работы со ШНРО/ШНСУ",
        en: "Professional development courses for teachers on work with ШНРО/ШНСУ"),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      condition: .criteria(["krasnoyarsk.staffing_potential_lowest_quarter"]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "8) участие в КПК для педагогических работников по вопросам работы со ШНРО/ШНСУ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» без сроков: постоянно; роль по разделу 2.3 (МИМЦ рекомендует КПК); условие: на низкий индекс кадрового потенциала отвечают курсы повышения квалификации (трактовка библиотеки).",
          en:
            "«Состав работ» item without timing: continuous; role from section 2.3 (МИМЦ recommends КПК); condition: a low staffing-potential index is answered by PD courses (library reading)."
        )),
      lines: "L1401"),
    SupportMeasure(
      id: "krasnoyarsk.heads_communities_internships",
      title: LocalizedText(
        ru:
          "Участие в профессиональных, в т.ч. сетевых, сообществах и организация стажировочных мероприятий для руководителей ШНРО/ШНСУ",
        en: "Professional (including network) communities and internships for heads of ШНРО/ШНСУ"),
      categories: [.professionalDevelopment, .partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "9) участие в профессиональных, в т.ч. сетевых, сообществах и организация стажировочных мероприятий для руководителей ШНРО/ШНСУ;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» без сроков: постоянно; роль выведена (методическое сопровождение возложено на МИМЦ, L1423); адресовано руководителям идентифицированных школ.",
          en:
            "«Состав работ» item without timing: continuous; role derived (methodical support is МИМЦ's, L1423); aimed at the heads of identified schools."
        )),
      lines: "L1403–1405"),
    SupportMeasure(
      id: "krasnoyarsk.targeted_recommendations",
      title: LocalizedText(
        ru: "Мониторинг, разработка адресных рекомендаций; контроль за их исполнением",
        en: "Monitoring, targeted recommendations and control of their implementation"),
      categories: [.monitoring, .methodicalSupport],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "10) мониторинг, разработка адресных рекомендаций; контроль за их исполнением;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Первая половина пункта 10 «Состав работ», без сроков: постоянно; роли по разделу 2.3 («Отдел образования, МИМЦ»: «контроль исполнения мероприятий по оказанию помощи ШНРО/ШНСУ»).",
          en:
            "First half of «Состав работ» item 10, no timing: continuous; roles from section 2.3 («Отдел образования, МИМЦ»: «контроль исполнения мероприятий по оказанию помощи ШНРО/ШНСУ»)."
        )),
      lines: "L1407"),
    SupportMeasure(
      id: "krasnoyarsk.project_effectiveness_evaluation",
      title: LocalizedText(
        ru: "Анализ результатов реализации проекта; оценка эффективности",
        en: "Analysis of the project's results; evaluation of effectiveness"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "контроль за их исполнением; анализ результатов реализации проекта; оценка эффективности;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Вторая половина пункта 10 «Состав работ»; постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "Second half of «Состав работ» item 10; continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1407–1409"),
    SupportMeasure(
      id: "krasnoyarsk.information_support",
      title: LocalizedText(
        ru:
          "Информационное сопровождение (публикации на сайте, СМИ, консультации для родителей, педагогов, администрации)",
        en:
          "Information support (website publications, media, consultations for parents, teachers and administrators)"
      ),
      categories: [.information, .studentsParents],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote:
          "11) информационное сопровождение (публикации на сайте, СМИ, консультации для родителей, педагогов, администрации);",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Пункт «Состав работ» (без сроков и ответственного): постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "«Состав работ» item (no timing or responsible): continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1411–1413"),
    SupportMeasure(
      id: "krasnoyarsk.innovation_dissemination",
      title: LocalizedText(
        ru: "Трансляция инновационного опыта на основе диссеминации",
        en: "Spreading innovative experience by dissemination"),
      categories: [.information, .partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "2.2.Организация работы в рамках реализации программы — Состав работ по направлению \"Повышение качества образования в ШНРО/ШНСУ\"",
        quote: "11) трансляция инновационного опыта на основе диссеминации.", kind: .derived,
        derivation: LocalizedText(
          ru:
            "Повторно пронумерован как 11 [sic] (фактически 12-й пункт); постоянно; роли по разделу 2.3 (руководит отдел образования, методическое сопровождение — МБУ «МИМЦ»).",
          en:
            "Numbered 11 a second time [sic] (the 12th item); continuous; roles from section 2.3 (education department leads, МБУ «МИМЦ» gives methodical support)."
        )),
      lines: "L1415"),
    SupportMeasure(
      id: "krasnoyarsk.policy_leadership",
      title: LocalizedText(
        ru:
          "Разработка и руководство реализацией государственной политикой в области образования применительно к вопросам организации работы со ШНРО/ШНСУ",
        en: "Developing and leading state education policy as it applies to work with ШНРО/ШНСУ"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Нормативные правовые акты, организационно-распорядительные документы",
        en: "Normative legal acts, organisational and administrative documents"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Разработка и руководство реализацией государственной политикой в области образования применительно к вопросам организации работы со ШНРО/ШНСУ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «Отдел образования»).",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «Отдел образования»)."
        )),
      lines: "L1435–1469"),
    SupportMeasure(
      id: "krasnoyarsk.exam_results_analysis",
      title: LocalizedText(
        ru:
          "Анализ результатов государственной итоговой аттестации выпускников 9-х и 11-х классов в формате ЕГЭ и ОГЭ по учебным предметам; определение причин низких результатов по отдельным предметам",
        en:
          "Analysis of the state final attestation (ЕГЭ, ОГЭ) results of grades 9 and 11 by subject; finding the causes of low results in individual subjects"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "выработка предложений по улучшению качества образовательных результатов",
        en: "proposals for improving the quality of educational results"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Анализ результатов государственной итоговой аттестации выпускников 9-х и 11-х классов в формате ЕГЭ и ОГЭ по учебным предметам; определение причин низких результатов по отдельным предметам",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МБУ МИМЦ, ГМО»; строка «МИМЦ» добавляет анализ ВПР и НИКО); ожидаемый результат — заключительная часть самой строки.",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МБУ МИМЦ, ГМО»; the «МИМЦ» row adds ВПР and НИКО analysis); the expected result is the row's own closing clause."
        )),
      lines: "L1471–1504, L1570–1574"),
    SupportMeasure(
      id: "krasnoyarsk.gia_preparation_roadmap",
      title: LocalizedText(
        ru:
          "Разработка и руководство реализацией «дорожной карты» на учебный год по подготовке к ГИА, оказания помощи школам со стабильно низкими результатами",
        en:
          "Drafting and running the academic-year roadmap for ГИА preparation and help to schools with persistently low results"
      ),
      categories: [.methodicalSupport, .normativeOrganisational],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      timingQuote: "на учебный год",
      expectedResult: LocalizedText(
        ru:
          "\"Дорожная карта\" подготовки к ГИА, оказания помощи школам со стабильно низкими результатами",
        en: "Roadmap for ГИА preparation and help to schools with persistently low results"),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "разработка и руководство реализацией \"дорожной карты\" на учебный год по подготовке к ГИА,",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«на учебный год» понимается как постоянно в течение каждого учебного года; адресовано «школам со стабильно низкими результатами» (ШНОР).",
          en:
            "«на учебный год» read as continuous over each academic year; aimed at «школам со стабильно низкими результатами» (ШНОР)."
        )),
      lines: "L1489–1504"),
    SupportMeasure(
      id: "krasnoyarsk.vpr_niko_conduct",
      title: LocalizedText(
        ru:
          "Проведение на территории Лесосибирска Всероссийских проверочных работ, Национальных исследований качества образования",
        en:
          "Administering the all-Russian check-up tests (ВПР) and national quality studies (НИКО) in Lesosibirsk"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .asScheduled,
      expectedResult: LocalizedText(
        ru: "Циклограмма региональных мониторинговых и социологических исследований",
        en: "Cyclogram of regional monitoring and sociological studies"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Проведение на территории Лесосибирска Всероссийских проверочных работ, Национальных исследований качества образования;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Сроков нет: проводится по региональной циклограмме, названной в столбце результата, поэтому «по графику» (строка «Отдел образования, МИМЦ»).",
          en:
            "No timing: held on the regional cyclogram named in the result column, so «по графику» (row «Отдел образования, МИМЦ»)."
        )),
      lines: "L1506–1522"),
    SupportMeasure(
      id: "krasnoyarsk.noko_results_use",
      title: LocalizedText(
        ru:
          "Анализ и использование результатов независимой оценки качества деятельности организаций, осуществляющих образовательную деятельность",
        en:
          "Analysing and using the results of the independent quality assessment (НОКО) of schools"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Анализ и использование результатов независимой оценки качества деятельности организаций, осуществляющих образовательную деятельность;",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «Отдел образования, МИМЦ»).",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «Отдел образования, МИМЦ»)."
        )),
      lines: "L1534–1542"),
    SupportMeasure(
      id: "krasnoyarsk.methodical_recommendations_function",
      title: LocalizedText(
        ru:
          "Разработка методических рекомендаций по оказанию методической помощи педагогическим работникам ШНРО/ШНСУ",
        en: "Methodical recommendations for helping the teachers of ШНРО/ШНСУ"),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Методические рекомендации", en: "Methodical recommendations"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Разработка методических рекомендаций по оказанию методической помощи педагогическим работникам ШНРО/ШНСУ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ»); датированная форма на 2020–2021 гг. — пункт 9 плана-графика.",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ»); the dated 2020–2021 form is plan-schedule item 9."
        )),
      lines: "L1606–1612"),
    SupportMeasure(
      id: "krasnoyarsk.regional_exchange_participation",
      title: LocalizedText(
        ru:
          "Участие в региональных мероприятиях по обмену опытом между ШНРО/ШНСУ со школами с высокими результатами обучения",
        en:
          "Taking part in regional experience-exchange events between ШНРО/ШНСУ and high-performing schools"
      ),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Участие в региональных мероприятиях по обмену опытом между ШНРО/ШНСУ со школами с высокими результатами обучения.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ»).",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ»)."
        )),
      lines: "L1612–1618"),
    SupportMeasure(
      id: "krasnoyarsk.municipal_support_seminars",
      title: LocalizedText(
        ru:
          "Проведение муниципальных семинаров по внедрению механизмов методической поддержки ШНРО/ШНСУ",
        en: "Municipal seminars on introducing methodical-support mechanisms for ШНРО/ШНСУ"),
      categories: [.methodicalSupport, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Планы и материалы для проведения научно-методических мероприятий",
        en: "Plans and materials for scientific and methodical events"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Проведение муниципальных семинаров по внерению механизмов методической поддержки ШНРО/ШНСУ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ»); «внерению» [sic] в исходном тексте, понимается как «внедрению».",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ»); «внерению» [sic] in the seed, read as «внедрению»."
        )),
      lines: "L1618–1624"),
    SupportMeasure(
      id: "krasnoyarsk.improvement_programmes_effectiveness",
      title: LocalizedText(
        ru:
          "Проведение мониторинга результативности реализации программ улучшения результатов в ШНРО/ШНСУ",
        en: "Monitoring how effective the ШНРО/ШНСУ improvement programmes are"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations, .schoolHead],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Программы и аналитические материалы по результатам мониторинга",
        en: "Programmes and analytical materials on the monitoring results"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Участие в разработке и реализации муниципальной программы улучшения результатов в ШНРО /ШНСУ. Проведение мониторинга результативности реализации данных программ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ, ГМО, ОО»); название сокращено из «Проведение мониторинга результативности реализации данных программ» с раскрытием слов «данных программ».",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ, ГМО, ОО»); title cut from «Проведение мониторинга результативности реализации данных программ» with «данных программ» spelled out."
        )),
      lines: "L1689–1697, L1759–1763"),
    SupportMeasure(
      id: "krasnoyarsk.pd_internship_plans",
      title: LocalizedText(
        ru:
          "Разработка и организация выполнения планов повышения квалификации, стажировок педагогических работников ШНРО/ШНСУ",
        en:
          "Drafting and running professional-development and internship plans for the teachers of ШНРО/ШНСУ"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations, .schoolHead],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Планы и программы повышения квалификации, стажировок",
        en: "Professional-development and internship plans and programmes"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Разработка и организация выполнения планов повышения квалификации, стажировок педагогических работников ШНРО /ШНСУ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ, ГМО, ОО»).",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ, ГМО, ОО»)."
        )),
      lines: "L1719–1725, L1765–1767"),
    SupportMeasure(
      id: "krasnoyarsk.gmo_methodical_help",
      title: LocalizedText(
        ru:
          "Руководство работой муниципальных методических объединений (ГМО) по учебным предметам в части оказания методической помощи ШНРО/ШНСУ",
        en: "Directing the city subject associations (ГМО) in giving methodical help to ШНРО/ШНСУ"),
      categories: [.methodicalSupport, .partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Планы работы ГМО", en: "Work plans of the city subject associations"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section: "2.3. Распределение ответственности по реализации программы",
        quote:
          "Руководство работой муниципальных методических объединений (далее - ГМО) по учебным предметам в части оказания методической помощи ШНРО /ШНСУ.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Постоянная функция в матрице ответственности (без сроков): понимается как постоянная (строка «МИМЦ, ГМО, ОО»).",
          en:
            "Standing function in the responsibility matrix (no timing): read as continuous (row «МИМЦ, ГМО, ОО»)."
        )),
      lines: "L1739–1747, L1769"),
    SupportMeasure(
      id: "krasnoyarsk.identification_analysis",
      title: LocalizedText(
        ru:
          "Проведение (в 100% школ) анализа данных об образовательных результатах и внешних социальных условий работы школ, идентификация группы ШНРО/ШНСУ с учетом критериев и показателей",
        en:
          "Analysis (in 100% of schools) of data on educational results and external social conditions, identification of the ШНРО/ШНСУ group against the criteria and indicators"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService, .professionalAssociations],
      schedule: .timesPerYear(1),
      timingQuote:
        "2020 -2023 – осуществляется регулярный мониторинг по идентификации школ – 1 раз в год",
      expectedResult: LocalizedText(
        ru:
          "В 2020 будут разработаны критерии, идентифицированы ШНРО /ШНСУ. По результатам идентификации в отношении школ будет проведен анализ данных об образовательных результатах и внешних социальных условиях работы с составлением аналитического отчета",
        en:
          "In 2020 the criteria will be developed and ШНРО/ШНСУ identified; for the schools, data on educational results and external social conditions will be analysed in an analytical report"
      ),
      target: MeasureTarget(
        text: LocalizedText(ru: "в 100% школ", en: "in 100% of schools"), value: 100,
        unit: .percent, comparison: .atLeast),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 1; ожидаемый результат, п. 1",
        quote:
          "1.Проведение (в 100% школ) анализа данных об образовательных результатах и внешних социальных условий работы школ, идентификация группы ШНРО/ШНСУ",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Ежегодно в 2020–2023 гг. (впервые в 2020 г., ожидаемый результат 1); роли по разделу 2.3 (идентификация названа в трёх строках; «МБУ МИМЦ, ГМО» согласовывают перечень школ с низкими результатами).",
          en:
            "Yearly 2020–2023 (first in 2020, expected result 1); roles from section 2.3 (three rows name identification; «МБУ МИМЦ, ГМО» agree the list of low-results schools)."
        )),
      lines: "L1823–1851, L2060–2062"),
    SupportMeasure(
      id: "krasnoyarsk.normative_acts_package",
      title: LocalizedText(
        ru: "Разработка пакета нормативных актов, обеспечивающих реализацию программ",
        en: "A package of normative acts for implementing the programmes"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .january, 2020), to: .last(of: .december, 2020)),
      timingQuote: "В 2020",
      expectedResult: LocalizedText(
        ru:
          "разработан пакет нормативных актов, обеспечивающих его реализацию, включающий: Положение об идентификации ШНРО /ШНСУ; Положение об оказании кадровой, информационной и методической помощи ШНРО НСУ",
        en:
          "a package of normative acts: regulations on identifying ШНРО/ШНСУ and on staffing, information and methodical help to ШНРО/ШНСУ"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 2; ожидаемый результат, п. 2",
        quote: "2. Разработка пакета нормативных актов, обеспечивающих реализацию программ.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«В 2020» (ожидаемый результат 2) понимается как 2020 календарный год; роль по разделу 2.3 (строка «Отдел образования»: «Разработка пакета нормативных актов»).",
          en:
            "«В 2020» (expected result 2) read as calendar 2020; role from section 2.3 (row «Отдел образования»: «Разработка пакета нормативных актов»)."
        )),
      lines: "L1853–1872, L1964–1972"),
    SupportMeasure(
      id: "krasnoyarsk.info_methodical_infrastructure",
      title: LocalizedText(
        ru:
          "Создание муниципальной инфраструктуры для оказания информационно-методической помощи школам. Предоставление школам аналитических данных по результатам федеральных и региональных мониторингов",
        en:
          "A municipal infrastructure for information and methodical help to schools; providing schools with federal and regional monitoring data"
      ),
      categories: [.staffingInfrastructure, .information],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "В муниципалитете будет создана инфраструктура для оказания информационно-методической помощи, создан информационный ресурс для размещения на нем аналитических данных по результатам федеральных и региональных мониторингов",
        en:
          "The municipality will have an infrastructure for information and methodical help and an information resource publishing federal and regional monitoring data"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 3; ожидаемый результат, п. 3",
        quote:
          "методической помощи школам. Предоставление школам аналитических данных по результатам федеральных и региональных мониторингов.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Сроков нет: постоянно; роли по разделу 2.3 («МИМЦ, ГМО, ОО» создают инфраструктуру, «МИМЦ» предоставляет данные); цитата начинается после разорванного переносом «информационно- методической».",
          en:
            "No timing: continuous; roles from section 2.3 («МИМЦ, ГМО, ОО» create the infrastructure, «МИМЦ» supplies the data); quote starts after the hyphen-split «информационно- методической»."
        )),
      lines: "L1874–1896, L1974–1984"),
    SupportMeasure(
      id: "krasnoyarsk.consulting_tutoring",
      title: LocalizedText(
        ru: "Консультирование и тьюторское сопровождение школ и педагогов",
        en: "Consultations and tutoring for schools and teachers"),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations, .curator],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Планы и материалы консультирования и тъюторского сопровождения",
        en: "Plans and materials of consultations and tutoring"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 3",
        quote: "Консультирование и тъюторское сопровождение школ и педагогов.", kind: .derived,
        derivation: LocalizedText(
          ru:
            "«тъюторское» [sic] в исходном тексте; сроков нет: постоянно; роли и результат по разделу 2.3 («МИМЦ, ГМО, ОО»: «Оказание методической, консультативной... помощи ... ШНРО/ШНСУ»).",
          en:
            "«тъюторское» [sic] in the seed; no timing: continuous; roles and result from section 2.3 («МИМЦ, ГМО, ОО»: «Оказание методической, консультативной... помощи ... ШНРО/ШНСУ»)."
        )),
      lines: "L1898–1904, L1713–1717, L1773–1777"),
    SupportMeasure(
      id: "krasnoyarsk.partnership_agreements",
      title: LocalizedText(
        ru: "Заключение партнерских договоров ШНРО НСУ со школами с высокими результатами обучения",
        en: "Partnership agreements between ШНРО/ШНСУ and high-performing schools"),
      categories: [.partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead, .partnerSchool],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru:
          "заключены партнерские договора школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях со школами с высокими результатами обучения",
        en:
          "partnership agreements signed between low-results and socially disadvantaged schools and high-performing schools"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 4; ожидаемый результат, п. 3",
        quote:
          "4. Заключение партнерских договоров ШНРО НСУ со школами с высокими результатами обучения.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "«ШНРО НСУ» [sic] = ШНРО/ШНСУ; сроков нет: постоянно (первый цикл — пункт 4 плана-графика, сентябрь–октябрь 2020 г.); роли по этому пункту, а также школа-партнёр.",
          en:
            "«ШНРО НСУ» [sic] = ШНРО/ШНСУ; no timing: continuous (first round: plan-schedule item 4, Sep–Oct 2020); roles from that item plus the partner school."
        )),
      lines: "L1906–1914, L1988–1994"),
    SupportMeasure(
      id: "krasnoyarsk.experience_exchange_events",
      title: LocalizedText(
        ru: "Проведение мероприятий (не менее 4-х в год) по обмену опытом между школами",
        en: "Experience-exchange events between schools (at least 4 a year)"),
      categories: [.partnershipNetwork, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .partnerSchool],
      schedule: .timesPerYear(4),
      timingQuote: "не менее 4-х в год",
      expectedResult: LocalizedText(
        ru:
          "проведены мероприятия по обмену опытом между школами в виде семинаров и вебинаров, иных форм",
        en: "experience-exchange events between schools held as seminars, webinars and other forms"),
      target: MeasureTarget(
        text: LocalizedText(ru: "не менее 4-х в год", en: "at least 4 a year"), value: 4,
        unit: .events, comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 4; ожидаемый результат, п. 3",
        quote: "Проведение мероприятий (не менее 4-х в год) по обмену опытом между школами",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Роли не названы: МИМЦ (методическое сопровождение, L1423) совместно со школами-партнёрами; «между школами» в рамках партнёрства ШНРО/ШНСУ с высокорезультативными школами, поэтому идентифицированные школы.",
          en:
            "Roles not named: МИМЦ (methodical support, L1423) with the partner schools; «между школами» of the ШНРО/ШНСУ–high-performer partnership, so identified schools."
        )),
      lines: "L1916–1922, L1996–2000"),
    SupportMeasure(
      id: "krasnoyarsk.specialist_staffing_recommendations",
      title: LocalizedText(
        ru:
          "Анализ распределения штатных должностей специалистов (психологов, дефектологов, логопедов), социальных педагогов и педагогов дополнит. образования",
        en:
          "Analysis of specialist posts (psychologists, speech and special-needs teachers), social pedagogues and additional-education teachers"
      ),
      categories: [.staffingInfrastructure],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .december, 2020)),
      timingQuote: "До 1 января 2021г",
      expectedResult: LocalizedText(
        ru:
          "для всех школ, идентифицированных как ШНРО /ШНСУ, будут выданы рекомендации по штатному расписанию в части должности специалистов (психологов или социальных педагогов, или педагогов дополнительного образования)",
        en:
          "every school identified as ШНРО/ШНСУ will receive staffing-table recommendations on specialist posts (psychologists, social pedagogues or additional-education teachers)"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "для всех школ, идентифицированных как ШНРО /ШНСУ",
          en: "for all schools identified as ШНРО/ШНСУ"), value: 100, unit: .percent,
        comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 5; ожидаемый результат, п. 5",
        quote:
          "5. Анализ распределения штатных должностей специалистов (психологов, дефектологов, логопедов), социальных педагогов и педагогов дополнит. образования.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Единовременно: срок «До 1 января 2021г», начало периода — идентификация в сентябре 2020 г.; «для всех» = 100 %; исходный текст относит мероприятие к каждой идентифицированной школе (не только к ШНСУ); роль выведена.",
          en:
            "One-off: deadline «До 1 января 2021г», window from the Sep 2020 identification; «для всех» = 100 %; the seed ties it to every identified school (not ШНСУ only); role derived."
        )),
      lines: "L1924–1940, L2024–2034"),
    SupportMeasure(
      id: "krasnoyarsk.quality_monitoring_identified",
      title: LocalizedText(
        ru:
          "Регулярное (не реже одного раза в год) проведение в ШНРО/ШНСУ мониторинга качества результатов обучения, а также качества преподавания, управления и школьной среды",
        en:
          "Regular (at least yearly) monitoring in ШНРО/ШНСУ of learning results and of the quality of teaching, management and school environment"
      ),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .timesPerYear(1),
      timingQuote: "не реже одного раза в год",
      expectedResult: LocalizedText(
        ru:
          "В отношении 100% школ, идентифицированных как школы с низкими результатами обучения и в школы, функционирующие в неблагоприятных социальных условиях, будет проведен мониторинг качества результатов обучения, а также качества преподавания, управления и школьной среды, включая входной, промежуточный и итоговый мониторинги",
        en:
          "For 100% of identified schools, learning results and the quality of teaching, management and school environment will be monitored, with entry, intermediate and final waves"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "В отношении 100% школ, идентифицированных как ...",
          en: "for 100% of identified schools"), value: 100, unit: .percent, comparison: .atLeast),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 6; ожидаемый результат, п. 4",
        quote:
          "6. Регулярное (не реже одного раза в год) проведение в ШНРО/ ШНСУ мониторинга качества результатов обучения, а также качества преподавания, управления и школьной среды.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Роли по разделу 2.3 («МИМЦ, ГМО, ОО»: «Участие в проведении в ШНРО/ШНСУ мониторинга качества...»).",
          en:
            "Roles from section 2.3 («МИМЦ, ГМО, ОО»: «Участие в проведении в ШНРО/ШНСУ мониторинга качества...»)."
        )),
      lines: "L1942–1958, L2002–2022"),
    SupportMeasure(
      id: "krasnoyarsk.pd_identified_heads_teachers",
      title: LocalizedText(
        ru:
          "Повышение квалификации директоров, заместителей директоров и учителей ШНРО/ШНСУ по повышению качества преподавания и управления",
        en:
          "Professional development of heads, deputy heads and teachers of ШНРО/ШНСУ in teaching and management quality"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .december, 2020)),
      timingQuote: "До 1 января 2021г",
      expectedResult: LocalizedText(
        ru:
          "выявлены профессиональные дефициты управленческого и кадрового состава школ, идентифицированных как ШНРО/ШНСУ; сформированы заявки на программы повышения квалификации для директоров, заместителей директоров и учителей",
        en:
          "professional deficits of the management and teaching staff of identified schools found; applications for PD programmes for heads, deputy heads and teachers formed"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 7; ожидаемый результат, п. 6",
        quote:
          "директоров, заместителей директоров и учителей ШНРО/ШНСУ по повышению качества преподавания и управления.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "OCR разрывает ячейку (L1960–1962 продолжается в L2069); срок — из ожидаемого результата 6, начало периода — идентификация в сентябре 2020 г.; роли по разделу 2.3 (МИМЦ, ГМО планируют повышение квалификации).",
          en:
            "OCR splits the cell (L1960–1962 continues at L2069); deadline from expected result 6, window from the Sep 2020 identification; roles from section 2.3 (МИМЦ, ГМО plan PD)."
        )),
      lines: "L1960–1962, L2069–2081, L2036–2048"),
    SupportMeasure(
      id: "krasnoyarsk.short_school_events",
      title: LocalizedText(
        ru:
          "Проведение на базе школ краткосрочных мероприятий по повышению качества преподавания для педагогических коллективов и отдельных педагогов",
        en: "Short in-school events on teaching quality for school staff and individual teachers"),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .continuous(),
      expectedResult: LocalizedText(
        ru: "Планы и материалы проведения краткосрочных мероприятий",
        en: "Plans and materials of the short events"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — минимальные требования, п. 7",
        quote:
          "Проведение на базе школ краткосрочных мероприятий по повышению качества преподавания для педагогических коллективов и отдельных педагогов.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Вторая половина минимального требования 7, одновременно постоянная функция в разделе 2.3 (МИМЦ; «МИМЦ, ГМО, ОО»): постоянно; результат по разделу 2.3.",
          en:
            "Second half of minimum requirement 7, also a standing function in section 2.3 (МИМЦ; «МИМЦ, ГМО, ОО»): continuous; result from section 2.3."
        )),
      lines: "L2081–2097, L1598–1606"),
    SupportMeasure(
      id: "krasnoyarsk.school_roadmaps",
      title: LocalizedText(
        ru: "Формирование и утверждение «дорожных карт» ШНРО/ШНСУ",
        en: "Drafting and approving the ШНРО/ШНСУ roadmaps"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead, .methodicalService],
      schedule: .timesPerYear(1),
      timingQuote: "1 раз в год",
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — ожидаемый результат (после п. 6)",
        quote: "Разрабатываются «дорожные карты» - 1 раз в год;", kind: .stated,
        derivation: LocalizedText(
          ru:
            "Название сокращено из пункта 4 плана-графика; роли по этому пункту; «Дорожные карты» составляются «на каждый конкретный учебный год» (L921–923).",
          en:
            "Title cut from plan-schedule item 4; roles from that item; «Дорожные карты» are made «на каждый конкретный учебный год» (L921–923)."
        )),
      lines: "L2064, L921–923"),
    SupportMeasure(
      id: "krasnoyarsk.interim_dynamics",
      title: LocalizedText(
        ru: "Промежуточный мониторинг ШНРО/ШНСУ динамики изменений",
        en: "Intermediate monitoring of change in ШНРО/ШНСУ"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .timesPerYear(2),
      timingQuote: "2 раза в год",
      expectedResult: LocalizedText(
        ru: "Информация для анализа эффективности реализуемых мер",
        en: "Information for analysing the effectiveness of the measures"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — ожидаемый результат (после п. 6)",
        quote:
          "Осуществляется промежуточный мониторинг ШНРО/ШНСУ динамики изменений – 2 раза в год;",
        kind: .stated,
        derivation: LocalizedText(
          ru: "Роли и результат по пункту 14 плана-графика (цикл 2020–2021 гг.).",
          en: "Roles and result from plan-schedule item 14 (the 2020–2021 run).")),
      lines: "L2066–2068"),
    SupportMeasure(
      id: "krasnoyarsk.final_review_2023",
      title: LocalizedText(
        ru:
          "Анализ итогов, обобщение практики, рекомендации к внедрению в массовую практику лучших образцов",
        en:
          "Analysis of results, generalising practice, recommendations for mainstreaming the best examples"
      ),
      categories: [.monitoring, .information],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .may, 2023), to: .last(of: .august, 2023)),
      timingQuote: "Май – август 2023 год",
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — ожидаемый результат (после п. 6)",
        quote:
          "Май – август 2023 год – анализ итогов, обобщение практики, рекомендации к внедрению в массовую практику лучших образцов.",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Ответственный не назван: роли по разделу 2.3 (руководство проектом и методическое сопровождение).",
          en: "Responsible not named: roles from section 2.3 (project lead and methodical support)."
        )),
      lines: "L2099–2103"),
    SupportMeasure(
      id: "krasnoyarsk.teacher_associations_2020_2021",
      title: LocalizedText(
        ru: "Создание объединений педагогов для совершенствования технологий обучения",
        en: "Creating teacher associations for improving teaching technologies"),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations, .schoolHead],
      schedule: .continuous(from: .first(of: .january, 2020), to: .last(of: .december, 2021)),
      timingQuote: "2020 - 2021 г.",
      expectedResult: LocalizedText(
        ru:
          "созданы/модернизированы объединения педагогов для совершенствования технологий обучения",
        en: "teacher associations for improving teaching technologies created or modernised"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — ожидаемый результат, п. 7",
        quote:
          "7. 2020 - 2021 г. созданы/модернизированы объединения педагогов для совершенствования технологий обучения.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Название сокращено по разделу 2.3 («Создание и организация деятельности в школах, включенных в муниципальные программы..., объединений педагогов...»), откуда взяты роли и условие.",
          en:
            "Title cut from section 2.3 («Создание и организация деятельности в школах, включенных в муниципальные программы..., объединений педагогов...»), which gives roles and the condition."
        )),
      lines: "L2105–2119, L1747–1757"),
    SupportMeasure(
      id: "krasnoyarsk.intermunicipal_seminar",
      title: LocalizedText(
        ru:
          "Однодневный межмуниципальный семинар он-лайн по распространению и внедрению модели и механизмов поддержки ШНРО/ШНСУ",
        en:
          "One-day inter-municipal online seminar on spreading and introducing the ШНРО/ШНСУ support model"
      ),
      categories: [.information, .partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .september, 2022), to: .last(of: .august, 2023)),
      expectedResult: LocalizedText(
        ru:
          "Организован и проведен однодневный межмуниципальный семинар он-лайн (предварительно - С-Енисейск) по распространению и внедрению модели и механизмов поддержки ШНРО/ШНСУ",
        en:
          "A one-day inter-municipal online seminar (tentatively Severo-Yeniseysk) on spreading the ШНРО/ШНСУ support model held"
      ),
      target: MeasureTarget(
        text: LocalizedText(
          ru: "однодневный межмуниципальный семинар", en: "one one-day inter-municipal seminar"),
        value: 1, unit: .events, comparison: .atLeast),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "3. Ожидаемые результаты — «Повышение качества образования в ШНРО/ШНСУ, путем реализации программы» — ожидаемый результат, п. 8",
        quote:
          "8.Организован и проведен однодневный межмуниципальный семинар он-лайн (предварительно - С-Енисейск) по распространению и внедрению модели",
        kind: .derived,
        derivation: LocalizedText(
          ru:
            "Дата не указана: отнесено к 2022/23 учебному году, этапу «2023 – ... распространение эффективных практик» (как в показателе intermunicipal_seminar_count); один семинар; роли по разделу 2.3.",
          en:
            "No date: placed in 2022/23, the stage «2023 – ... распространение эффективных практик» (as indicator intermunicipal_seminar_count); one seminar; roles from section 2.3."
        )),
      lines: "L2121–2129"),
    SupportMeasure(
      id: "krasnoyarsk.plan_programme_draft",
      title: LocalizedText(
        ru:
          "Разработка проекта программы в рамках региональных мероприятий «Повышение качества образования в ШНРО/ШНСУ города Лесосибирска на 2020 - 2023 гг»",
        en:
          "Drafting the programme «Raising education quality in ШНРО/ШНСУ of Lesosibirsk, 2020–2023» within the regional measures"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .july, 2020), to: .last(of: .august, 2020)),
      timingQuote: "июль - август 2020 года",
      expectedResult: LocalizedText(
        ru:
          "Муниципальная модель поддержки образовательных организаций с низкими результатами обучения и организаций, функционирующих в неблагоприятных социальных условиях – проект программы",
        en:
          "Municipal model of support for low-results and socially disadvantaged schools: the draft programme"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 1",
        quote:
          "Разработка проекта программы в рамках региональных мероприятий «Повышение качества образования в ШНРО/ШНСУ города Лесосибирска",
        kind: .stated, derivation: nil),
      lines: "L2152–2178"),
    SupportMeasure(
      id: "krasnoyarsk.plan_programme_approval",
      title: LocalizedText(
        ru:
          "Обсуждение и утверждение программы в рамках заседаний муниципального Совета по образованию, городского методического совета; утверждение плана – графика на 2020 -2021 у.г.",
        en:
          "Discussing and approving the programme at the municipal education council and the city methodical council; approving the 2020–2021 plan-schedule"
      ),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .september, 2020)),
      timingQuote: "сентябрь 2020 года",
      expectedResult: LocalizedText(
        ru: "Протоколы, приказы, план -график", en: "Minutes, orders, the plan-schedule"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 2",
        quote:
          "в рамках заседаний муниципального Совета по образованию, городского методического совета; утверждение плана – графика на 2020 -2021 у.г.",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Название программы в строке читается как «условий условий» [sic]; в названии мероприятия опущено.",
          en: "The programme's name in the row reads «условий условий» [sic]; cut from the title.")),
      lines: "L2180–2202"),
    SupportMeasure(
      id: "krasnoyarsk.plan_identification_2020",
      title: LocalizedText(
        ru: "Организация мониторинга по идентификации ШНРО/ШНСУ",
        en: "Organising the monitoring to identify ШНРО/ШНСУ"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .september, 2020)),
      timingQuote: "сентябрь 2020 года",
      expectedResult: LocalizedText(ru: "Список ШНРО/ШНСУ", en: "The list of ШНРО/ШНСУ"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 3",
        quote: "3 Организация мониторинга по идентификации предмет ШНРО/ШНСУ.", kind: .stated,
        derivation: LocalizedText(
          ru: "«по идентификации предмет» [sic] понимается как «на предмет»; название сокращено.",
          en: "«по идентификации предмет» [sic], read as «на предмет»; title cut.")),
      lines: "L2204–2216"),
    SupportMeasure(
      id: "krasnoyarsk.plan_support_roadmaps_partners",
      title: LocalizedText(
        ru:
          "Формирование и утверждение муниципального плана действий по поддержке школ, «дорожных карт» ШНРО/ШНСУ, определение школ-партнеров",
        en:
          "Drafting and approving the municipal support action plan and the ШНРО/ШНСУ roadmaps; choosing partner schools"
      ),
      categories: [.normativeOrganisational, .partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment, .schoolHead, .methodicalService],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "сентябрь – октябрь 2020 года",
      expectedResult: LocalizedText(
        ru:
          "Муниципальная программа работы по поддержке школ; «дорожные карты», соглашения о партнерстве",
        en: "Municipal support programme for schools; roadmaps; partnership agreements"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 4",
        quote:
          "Формирование и утверждение муниципального плана действий по поддержке школ, «дорожных карт» ШНРО/ШНСУ, определение школ - партнеров",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Идентифицированные школы: дорожные карты и партнёры предназначены для идентифицированных школ.",
          en: "Identified: the roadmaps and partners are for the identified schools.")),
      lines: "L2218–2242"),
    SupportMeasure(
      id: "krasnoyarsk.plan_targeted_consulting",
      title: LocalizedText(
        ru:
          "Адресная помощь через организацию консультационного сопровождения со стороны муниципальной методической службы, директоров, педагогических работников школ с высоким уровнем качества образовательных результатов (школ-партнеров) по вопросам повышения качества образования",
        en:
          "Targeted help through consultations by the municipal methodical service and by heads and teachers of high-performing (partner) schools"
      ),
      categories: [.methodicalSupport, .partnershipNetwork],
      level: .municipal,
      responsible: [.educationDepartment],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .may, 2021)),
      timingQuote: "сентябрь 2020 – май 2021 года",
      expectedResult: LocalizedText(
        ru: "Нормативный акт, планы, методические продукты",
        en: "A normative act, plans, methodical products"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 5",
        quote:
          "Адресная помощь через организацию консультационного сопровождения со стороны муниципальной методической службы, директоров, педагогических работников школ с высоким уровнем качества образовательных результатов",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "В ячейке ответственного назван только отдел образования; консультанты (МИМЦ, школы-партнёры) указаны в названии.",
          en:
            "Responsible cell names only the education department; the consultants (МИМЦ, partner schools) are in the title."
        )),
      lines: "L2244–2264"),
    SupportMeasure(
      id: "krasnoyarsk.plan_effective_practices",
      title: LocalizedText(
        ru:
          "Выявление и освоение эффективных практик по переходу школ, демонстрировавших низкие образовательные результаты, в режим эффективного развития",
        en:
          "Finding and adopting effective practices that moved low-results schools into effective development"
      ),
      categories: [.methodicalSupport, .information],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(from: .first(of: .september, 2020), to: .last(of: .august, 2021)),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Создание единого информационного пространства и эффективного использования имеющихся ресурсов школ в решении актуальных задач повышения качества образования в школах с ШНРО/ШНСУ, а также создание условий для трансляции позитивного педагогического опыта",
        en:
          "A single information space and effective use of schools' resources for raising quality in ШНРО/ШНСУ, and conditions for spreading positive teaching experience"
      ),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 6",
        quote:
          "Выявление и освоение эффективных практик по переходу школ, демонстрировавших низкие образовательные результаты, в режим",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«в течение года» плана-графика 2020–2021: постоянно, в границах этого учебного года (сентябрь 2020 – август 2021); названы низкие результаты; OCR переносит «эффективного развития.» в L2281.",
          en:
            "«в течение года» of the 2020–2021 plan-schedule: continuous, bounded by that academic year (Sep 2020 – Aug 2021); low results named; OCR puts «эффективного развития.» on L2281."
        )),
      lines: "L2266–2287"),
    SupportMeasure(
      id: "krasnoyarsk.plan_teacher_deficits_monitoring",
      title: LocalizedText(
        ru:
          "Мониторинг профессиональных проблем и дефицитов педагогов ОУ, показывающих стабильно низкие образовательные результаты",
        en:
          "Monitoring the professional problems and deficits of teachers in schools with persistently low results"
      ),
      categories: [.monitoring, .professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "сентябрь – октябрь 2020 года",
      expectedResult: LocalizedText(
        ru:
          "«Карта профессиональных затруднений», формирование муниципального заказа КПК педагогов и руководителей ШНРО/ШНСУ",
        en:
          "A map of professional difficulties; the municipal order for PD courses for teachers and heads of ШНРО/ШНСУ"
      ),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 7",
        quote:
          "Мониторинг профессиональных проблем и дефицитов педагогов ОУ, показывающих стабильно низкие образовательные результаты.",
        kind: .stated,
        derivation: LocalizedText(
          ru: "Школы, «показывающих стабильно низкие образовательные результаты» = ШНОР.",
          en: "Schools «показывающих стабильно низкие образовательные результаты» = ШНОР.")),
      lines: "L2289–2305"),
    SupportMeasure(
      id: "krasnoyarsk.plan_individual_development_plans",
      title: LocalizedText(
        ru:
          "Оказание методической помощи ОУ со стабильно низкими результатами по вопросу «Выявление профессиональных дефицитов по результатам самооценки и построение индивидуального плана профессионального развития педагога»",
        en:
          "Methodical help to schools with persistently low results on finding professional deficits by self-assessment and building each teacher's individual development plan"
      ),
      categories: [.professionalDevelopment, .methodicalSupport],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .october, 2020), to: .last(of: .november, 2020)),
      timingQuote: "Октябрь - ноябрь 2020 года",
      expectedResult: LocalizedText(
        ru: "Планы профессионального развития педагога в образовательных организациях",
        en: "Teachers' professional development plans in the schools"),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 8",
        quote:
          "Оказание методической помощи ОУ со стабильно низкими результатами по вопросу «Выявление профессиональных дефицитов по результатам самооценки и построение индивидуального плана профессионального развития педагога»",
        kind: .stated, derivation: nil),
      lines: "L2307–2327"),
    SupportMeasure(
      id: "krasnoyarsk.plan_methodical_recommendations",
      title: LocalizedText(
        ru:
          "Разработка методических рекомендаций для руководящих и педагогических работников ОУ по улучшению учебных достижений обучающихся в школах, показывающих стабильно низкие образовательные результаты",
        en:
          "Methodical recommendations for heads and teachers on improving student achievement in schools with persistently low results"
      ),
      categories: [.methodicalSupport],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .continuous(from: .first(of: .september, 2020), to: .last(of: .august, 2021)),
      timingQuote: "В течение года",
      expectedResult: LocalizedText(
        ru: "Методические рекомендации", en: "Methodical recommendations"),
      condition: .categories([.lowResults]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 9",
        quote:
          "Разработка методических рекомендаций для руководящих и педагогических работников ОУ по улучшению учебных достижений обучающихся в школах, показывающих стабильно низкие образовательные результаты",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«в течение года» плана-графика 2020–2021: постоянно, в границах этого учебного года (сентябрь 2020 – август 2021).",
          en:
            "«в течение года» of the 2020–2021 plan-schedule: continuous, bounded by that academic year (Sep 2020 – Aug 2021)."
        )),
      lines: "L2329–2345"),
    SupportMeasure(
      id: "krasnoyarsk.plan_pd_individual_progress",
      title: LocalizedText(
        ru:
          "Обеспечение условий освоения программ повышения квалификации, направленных на повышение компетентности педагогов в области сопровождения и оценки индивидуального прогресса обучающихся, работы с детьми с особыми потребностями, учебными и поведенческими проблемами",
        en:
          "Conditions for PD programmes on supporting and assessing students' individual progress and on work with children with special needs, learning and behaviour problems"
      ),
      categories: [.professionalDevelopment],
      level: .municipal,
      responsible: [.methodicalService, .professionalAssociations],
      schedule: .once(from: .first(of: .january, 2021), to: .last(of: .may, 2021)),
      timingQuote: "январь – май 2021 года",
      expectedResult: LocalizedText(
        ru:
          "Муниципальная заявка КПК; формирование эффективных компетенций в части формирования нового типа образовательных результатов",
        en:
          "The municipal PD-course application; competences for the new type of educational results"
      ),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 10",
        quote:
          "Обеспечение условий освоения программ повышения квалификации, направленных на повышение компетентности педагогов в области сопровождения и оценки индивидуального прогресса обучающихся",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Идентифицированные школы: трудности в обучении соответствуют ШНОР, проблемы поведения и особые образовательные потребности — ШНСУ (трактовка библиотеки).",
          en:
            "Identified: learning problems answer ШНОР, behaviour problems and special needs ШНСУ (library reading)."
        )),
      lines: "L2347–2377"),
    SupportMeasure(
      id: "krasnoyarsk.plan_deputy_heads_practicums",
      title: LocalizedText(
        ru:
          "Практикумы для зам.дир по вопросам освоения и разработки индивидуальных планов работы с контингентом повышенной сложности и особенностями развития (ОВЗ, ОД, девиантное поведение)",
        en:
          "Practicums for deputy heads on individual work plans for students of heightened complexity (disabilities, gifted, deviant behaviour)"
      ),
      categories: [.professionalDevelopment, .studentsParents],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .september, 2021), to: .last(of: .december, 2021)),
      timingQuote: "сентябрь - декабрь 2021 года",
      expectedResult: LocalizedText(
        ru: "Совершенствование /развитие новых компетенций педагогов и руководителей",
        en: "Improving and developing new competences of teachers and heads"),
      condition: .categories([.unfavourableSocialConditions]),
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 11",
        quote:
          "Практикумы для зам.дир по вопросам Освоения и разработки индивидуальных планов работы с контингентом повышенной сложности и особенностями развития (ОВЗ, ОД, девиантное поведение)",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Датировано сентябрём–декабрём 2021 г., т. е. после 2020–2021 учебного года плана [sic, сохранено]; ШНСУ, поскольку девиантное поведение — составляющая индекса социального благополучия (трактовка библиотеки).",
          en:
            "Dated Sep–Dec 2021, after the plan's 2020–2021 year [sic, followed]; ШНСУ because deviant behaviour is a component of the social-wellbeing index (library reading)."
        )),
      lines: "L2379–2405"),
    SupportMeasure(
      id: "krasnoyarsk.plan_professional_communities",
      title: LocalizedText(
        ru:
          "Организация профессиональных сообществ, методических мероприятий, обеспечивающих освоение необходимых для работы в условиях ШНРО/ШНСУ форм и методов преподавания",
        en:
          "Professional communities and methodical events for mastering the teaching forms and methods needed in ШНРО/ШНСУ"
      ),
      categories: [.professionalDevelopment, .partnershipNetwork],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(from: .first(of: .september, 2020), to: .last(of: .august, 2021)),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru: "Совершенствование /развитие новых компетенций педагогов",
        en: "Improving and developing new teacher competences"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 12",
        quote:
          "Организация профессиональных сообществ, методических мероприятий, обеспечивающих освоение необходимых для работы в условиях",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«в течение года» плана-графика 2020–2021: постоянно, в границах этого учебного года (сентябрь 2020 – август 2021); название продолжается после номера страницы «18» (L2425).",
          en:
            "«в течение года» of the 2020–2021 plan-schedule: continuous, bounded by that academic year (Sep 2020 – Aug 2021); the title continues after a page number «18» (L2425)."
        )),
      lines: "L2409–2433"),
    SupportMeasure(
      id: "krasnoyarsk.plan_organisational_meetings",
      title: LocalizedText(
        ru:
          "Проведение организационно-методических совещаний с руководителями методических служб, руководителями ОУ",
        en:
          "Organisational and methodical meetings with heads of methodical services and of schools"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.schoolHead],
      schedule: .once(from: .first(of: .september, 2020), to: .last(of: .october, 2020)),
      timingQuote: "сентябрь - октябрь 2020 года",
      expectedResult: LocalizedText(
        ru: "Анализ, контроль, коррекция реализации задач программы",
        en: "Analysis, control and correction of the programme's tasks"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 13",
        quote:
          "Проведение организационно-методических совещаний с руководителями методических служб, руководителями ОУ",
        kind: .stated,
        derivation: LocalizedText(
          ru: "В ячейке ответственного названы только «Руководители ОУ» (сохранено).",
          en: "The responsible cell names only «Руководители ОУ» (followed).")),
      lines: "L2435–2455"),
    SupportMeasure(
      id: "krasnoyarsk.plan_interim_monitoring_2020_21",
      title: LocalizedText(
        ru: "Организация промежуточных мониторингов по выявлению динамики изменений",
        en: "Organising intermediate monitoring of change"),
      categories: [.monitoring],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .december, 2020), to: .last(of: .april, 2021)),
      timingQuote: "Декабрь 2020 – апрель 2021",
      expectedResult: LocalizedText(
        ru: "Информация для анализа эффективности реализуемых мер",
        en: "Information for analysing the effectiveness of the measures"),
      condition: .identified,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 14",
        quote:
          "Организация промежуточных мониторингов по выявлению динамики изменений Декабрь 2020 – апрель 2021",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "Идентифицированные школы: промежуточный мониторинг проводится в ШНРО/ШНСУ (раздел 3, L2066–2068).",
          en: "Identified: the intermediate monitoring is of ШНРО/ШНСУ (section 3, L2066–2068).")),
      lines: "L2457–2471"),
    SupportMeasure(
      id: "krasnoyarsk.plan_information_communication",
      title: LocalizedText(
        ru: "Информационно-коммуникативное сопровождение процесса реализации программы",
        en: "Information and communication support of the programme"),
      categories: [.information, .studentsParents],
      level: .municipal,
      responsible: [.methodicalService],
      schedule: .continuous(from: .first(of: .september, 2020), to: .last(of: .august, 2021)),
      timingQuote: "в течение года",
      expectedResult: LocalizedText(
        ru:
          "Родители, общественность, педагогический корпус включены в процесс реализации программы",
        en: "Parents, the public and teachers are involved in the programme"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 15",
        quote:
          "Информационно – коммуникативное сопровождение процесса реализации программы в течение года МБУ «МИМЦ»",
        kind: .stated,
        derivation: LocalizedText(
          ru:
            "«в течение года» плана-графика 2020–2021: постоянно, в границах этого учебного года (сентябрь 2020 – август 2021).",
          en:
            "«в течение года» of the 2020–2021 plan-schedule: continuous, bounded by that academic year (Sep 2020 – Aug 2021)."
        )),
      lines: "L2473–2485"),
    SupportMeasure(
      id: "krasnoyarsk.plan_city_methodical_council",
      title: LocalizedText(
        ru:
          "ГМС по обобщению итогов работы по реализации программы; коррекция, планирование на 2021-2022 у. г.",
        en:
          "City methodical council summing up the programme's work; correction and planning for 2021–2022"
      ),
      categories: [.monitoring, .normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService],
      schedule: .once(from: .first(of: .may, 2021), to: .last(of: .may, 2021)),
      timingQuote: "Май 2021",
      expectedResult: LocalizedText(
        ru:
          "Создана система комплексного научно-методического сопровождения школ со стабильно низкими результатами, школ, функционирующих в неблагоприятных социально-экономических условиях",
        en:
          "A system of comprehensive scientific and methodical support for low-results and socially disadvantaged schools is in place"
      ),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 16",
        quote: "ГМС по Обобщению итогов работы по реализации программы; коррекция, планирование на",
        kind: .stated,
        derivation: LocalizedText(
          ru: "ГМС = городской методический совет.", en: "ГМС = городской методический совет.")),
      lines: "L2487–2507"),
    SupportMeasure(
      id: "krasnoyarsk.plan_city_teachers_council",
      title: LocalizedText(ru: "Городской педагогический совет", en: "City teachers' council"),
      categories: [.normativeOrganisational],
      level: .municipal,
      responsible: [.educationDepartment, .methodicalService, .schoolHead],
      schedule: .once(from: .first(of: .august, 2021), to: .last(of: .august, 2021)),
      timingQuote: "Август 2021",
      expectedResult: LocalizedText(
        ru: "Проект плана – графика работы на 2021 – 2022 гг.",
        en: "Draft plan-schedule for 2021–2022"),
      condition: .programme,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt",
        section:
          "4. План – график мероприятий по повышению качества общего образования на 2020-2021 учебный год — п. 20",
        quote: "20 Городской педагогический совет Август 2021 Отдел образования, МБУ «МИМЦ», ОУ",
        kind: .stated,
        derivation: LocalizedText(
          ru: "Пункты 17–19 отсутствуют [sic]; «ОУ» понимается как руководители школ.",
          en: "Item numbers 17–19 are absent [sic]; «ОУ» read as the school heads.")),
      lines: "L2509–2515"),
  ]
}
