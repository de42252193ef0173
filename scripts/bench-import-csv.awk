# Writes N synthetic rows of a case spreadsheet (a header in Russian, as an organisation in
# Kazakhstan keeps one) for the import benchmark: every name in four scripts (Kazakh Cyrillic,
# Uyghur Arabic script, Chinese, Latin), an ID number, a reference column, and values in the
# vocabularies' own labels. Usage: awk -v N=100000 -f scripts/bench-import-csv.awk > cases.csv
BEGIN {
  srand(42)
  split("Серік Бақыт Ержан Айгүл Гүлнар Нұрлан Дәулет Арман Жанар Мұрат", kk, " ")
  split("سېرىك باقىت ئەرجان ئايگۈل گۈلنار نۇرلان داۋلەت ئارمان جانار مۇرات", ug, " ")
  split("谢里克 巴合提 叶尔江 阿依古丽 古丽娜尔 努尔兰 达吾列提 阿尔曼 加娜尔 木拉提", zh, " ")
  split("Serik Bakhyt Yerzhan Aigul Gulnar Nurlan Dauletbek Arman Zhanar Murat", la, " ")
  # A family name per row, a syllable per base-9 digit of its number, never the same syllable
  # twice in a row: different people, as the name index tells names apart (its skeletons ignore
  # digits and vowels, and read a repeated consonant once).
  split("ба ка да ма на ла са та за фа", ksyl, " ")
  split("با كا دا ما نا لا سا تا زا فا", usyl, " ")
  split("巴 卡 达 马 纳 拉 萨 塔 扎 法", zsyl, " ")
  split("ba ka da ma na la sa ta za fa", lsyl, " ")
  split("Осуждён / в заключении;Пропал без вести;Под стражей (до суда);Освобождён;Неизвестно", status, ";")
  split("extremism;separatism;inciting_ethnic_hatred;subversion", charge, ";")
  split("Или;Кашгар;Урумчи;Алтай;Кульджа (Инин)", place, ";")
  split("Жена;Сын;Дочь;Брат;Сестра;Мать;Отец", rel, ";")
  print "ID;ФИО;Год рождения;Пол;Статус;Обвинение;Место;Срок;Дата задержания;Заявитель;Родство;Согласие;Паспорт"
  for (i = 1; i <= N; i++) {
    a = int(rand() * 10) + 1; b = int(rand() * 10) + 1
    k = ""; u = ""; z = ""; l = ""
    prev = 0
    for (n = i; n > 0; n = int(n / 9)) {
      d = n % 9 + 1
      if (d >= prev && prev > 0) d++
      k = k ksyl[d]; u = u usyl[d]; z = z zsyl[d]; l = l lsyl[d]
      prev = d
    }
    name = kk[a] " " k "ов / " ug[a] " " u " / " zh[a] z " / " la[a] " " toupper(substr(l, 1, 1)) substr(l, 2) "ov"
    sentenced = (rand() < 0.5)
    printf "XV-%06d;%s;%d;%s;%s;%s;%s;%s;%d-%02d;%s %s;%s;anonymized;%d%09d\n", \
      i, name, 1940 + int(rand() * 60), (rand() < 0.5 ? "Мужской" : "Женский"), \
      status[int(rand() * 5) + 1], (sentenced ? charge[int(rand() * 4) + 1] : ""), \
      place[int(rand() * 5) + 1], (sentenced ? (1 + int(rand() * 24)) " лет" : ""), \
      2016 + int(rand() * 5), 1 + int(rand() * 12), kk[b], "Т" i, rel[int(rand() * 7) + 1], \
      65 + int(rand() * 30), i
  }
}
