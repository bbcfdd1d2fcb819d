//! newslens's calendar (`newslens::Date`) against jiff's, for every day from 1899 to 2101:
//! weekday, ISO week, adding days and months, printing and parsing.

use jiff::civil;
use jiff::ToSpan;
use newslens::Date;

fn ours(d: civil::Date) -> Date {
    Date::new(d.year(), d.month(), d.day()).unwrap()
}

#[test]
fn every_day_of_three_centuries_agrees_with_jiff() {
    let mut d = civil::date(1899, 1, 1);
    let end = civil::date(2101, 12, 31);
    while d <= end {
        let o = ours(d);
        assert_eq!(o.to_string(), d.to_string());
        assert_eq!(o.to_string().parse::<Date>(), Ok(o));
        assert_eq!(o.iso_weekday(), d.weekday().to_monday_one_offset(), "{d}");
        let w = d.iso_week_date();
        assert_eq!(o.iso_week(), (w.year(), w.week()), "{d}");
        assert_eq!(o.last_of_month(), ours(d.last_of_month()));
        for n in [-400, -31, -7, -1, 1, 6, 7, 30, 365, 1000] {
            assert_eq!(
                o.add_days(n),
                Some(ours(d.checked_add(n.days()).unwrap())),
                "{d} + {n} days"
            );
        }
        for n in [-25, -12, -1, 1, 2, 3, 11, 12, 13] {
            assert_eq!(
                o.add_months(n),
                Some(ours(d.checked_add(n.months()).unwrap())),
                "{d} + {n} months"
            );
        }
        let next = d.tomorrow().unwrap();
        assert_eq!(ours(next).days_since(o), 1);
        d = next;
    }
}
