"""The site's own short lines in languages other than English and German are left out of the
text; the story's sentences with the same words stay."""

import pytest

from explainer.importer.furniture import is_furniture
from explainer.importer.sitelines import is_site_line


@pytest.mark.parametrize("label", ["Реклама", "広告", "광고", "广告", "إعلان", "PUBLICIDADE",
                                   "Advertentie", "Reklam", "Skip advertisement",
                                   "Advertisement · Scroll to continue"])
def test_an_advertisements_label_alone_is_the_sites(label):
    assert is_site_line(label)


@pytest.mark.parametrize("prompt", [
    "Síguenos en Facebook, Instagram y X para estar al día de lo que pasa en tu ciudad.",
    "Suivez-nous sur Facebook et Instagram pour ne rien manquer.",
    "Seguici su Facebook, Instagram e WhatsApp per restare aggiornato.",
    "**Siga o canal do Jornal Exemplo no WhatsApp** e receba as principais notícias.",
    "Son dakika gelişmeleri için bizi Twitter ve Instagram hesaplarımızdan takip edin.",
    "Подписывайтесь на наш [Telegram-канал](https://t.me/example), чтобы узнавать главное.",
    "Obserwuj nas w [Google News](https://news.google.com/) i bądź na bieżąco.",
    "Simak berita dan artikel lainnya di [Google News](https://news.google.com/).",
    "예시일보 카카오톡 채널을 추가하고 주요 뉴스를 받아보세요.",
])
def test_the_page_asking_its_reader_to_follow_it_is_the_sites(prompt):
    assert is_site_line(prompt)


def test_a_sentence_quoting_someone_asking_to_be_followed_stays():
    assert not is_site_line('"Síguenos en Instagram", dijo el alcalde a los vecinos.')


def test_a_sentence_naming_a_network_without_asking_to_follow_stays():
    assert not is_site_line("Der Bürgermeister kündigte die Entscheidung auf Facebook an.")


@pytest.mark.parametrize("notice", [
    "Bu haberin tüm hakları Örnek Gazete'ye aittir. İzinsiz kullanılamaz.",
    "版权声明：本文为示例日报原创稿件，未经授权不得转载。",
    "&lt;저작권자 ⓒ 예시일보, 무단전재 및 재배포 금지>",
])
def test_a_notice_of_the_publishers_rights_is_the_sites(notice):
    assert is_site_line(notice)


@pytest.mark.parametrize("credit", ["（责任编辑：李华）", "来源：示例日报 编辑：李华",
                                    "（共同通信）", "（AFP＝時事）"],
                         ids=["editor", "source", "agency", "relayed"])
def test_an_editors_or_agencys_credit_alone_is_the_sites(credit):
    assert is_site_line(credit)


def test_an_agency_in_ascii_brackets_is_left_to_the_byline():
    assert not is_site_line("(dpa/AFP)")


@pytest.mark.parametrize("link", ["Kommentare anzeigen (17)", "View 12 comments",
                                  "Show all comments"])
def test_a_link_to_the_comments_is_the_sites(link):
    assert is_site_line(link)


def test_the_paywalls_count_of_what_is_left_is_the_sites():
    assert is_site_line("Il vous reste 64.52% de cet article à lire. La suite est réservée aux "
                        "abonnés.")


def test_a_row_of_share_buttons_is_the_sites():
    assert is_site_line("- シェア - ツイート - LINEで送る - ブックマーク")


def test_one_networks_name_alone_is_no_row_of_share_buttons():
    assert not is_site_line("Facebook")


@pytest.mark.parametrize("label", ["動画", "再生", "1:45"])
def test_a_videos_label_or_length_alone_is_the_sites(label):
    assert is_site_line(label)


def test_a_long_paragraph_is_never_the_sites():
    assert not is_site_line("Die Stadt folgt damit dem Beispiel anderer Kommunen. " * 6
                            + "Folgen Sie uns auf Facebook.")


def test_a_pointer_label_left_without_its_links_is_furniture():
    assert is_furniture("**Baca juga:**")


def test_a_newsletter_box_fine_print_is_furniture():
    assert is_furniture("By signing up you agree to our privacy policy.")


def test_a_newsletter_heading_offering_a_briefing_is_furniture():
    assert is_furniture("## Get the morning briefing")


def test_a_link_alone_to_a_dutch_newsletter_page_is_furniture():
    assert is_furniture("[Aanmelden](https://www.example-news.com/nieuwsbrief)")


def test_a_german_newsletter_pitch_with_adjectives_is_furniture():
    assert is_furniture("**Newsletter:** Melden Sie sich [hier](https://example.com/nl) für "
                        "unseren kostenlosen Newsletter an.")


@pytest.mark.parametrize("words", ["（略）", "（識別符号の基準）"])
def test_other_words_alone_in_full_width_brackets_stay(words):
    assert not is_site_line(words)
