"""Texts the importer tests build their files from: realistic news paragraphs in the languages
and scripts analysts meet, long enough for encoding and language detection to have evidence."""

from __future__ import annotations

RU_PARAGRAPH = (
    "Президент России Владимир Путин в пятницу заявил, что Москва готова немедленно начать "
    "переговоры с Киевом, если украинские войска будут выведены из Донецкой и Луганской "
    "народных республик, а также из Запорожской и Херсонской областей. Кроме того, Украина "
    "должна официально отказаться от планов вступления в НАТО. Советник главы офиса "
    "президента Украины Михаил Подоляк назвал эти условия «оскорбительными для здравого смысла»."
)

RU_SECOND_PARAGRAPH = (
    "Генеральный секретарь НАТО Йенс Столтенберг заявил, что предложение Путина не является "
    "мирным: оно означает лишь, что Россия хочет закрепить захват территорий. В Пентагоне "
    "также считают, что Москва «не вправе» диктовать Украине условия мира."
)

UK_PARAGRAPH = (
    "Радник керівника Офісу президента України Михайло Подоляк заявив, що нові «мирні "
    "ініціативи» Путіна є спробою легітимізувати загарбання територій. Він наголосив, що "
    "Україна не погодиться на такі умови і продовжить боротьбу за свою незалежність."
)

RU_SHORT = "Путин назвал условия мирных переговоров с Украиной."

EN_PARAGRAPH = (
    "Russian President Vladimir Putin on Friday promised a ceasefire in Ukraine, provided that "
    "several conditions are met by Kyiv. He demanded that Ukrainian troops withdraw from four "
    "regions and that Ukraine give up its plans to join NATO."
)

# cp1252: typographic quotes, dashes, ellipsis and accented letters (French, German, Spanish).
WESTERN_PARAGRAPH = (
    "Le président russe a posé ses conditions : « retrait complet » des troupes. "
    "Kyiv a dénoncé une “manœuvre” — jugée naïve… "
    "In Zürich hieß es: „Das ist keine Friedensinitiative.“ "
    "El portavoz añadió que la propuesta ‘no es seria’."
)
