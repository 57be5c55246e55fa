import Foundation
import GRDB
import PartyDayModel

/// The named migrations of the data file. A migration never changes once shipped: new needs get new ones.
enum Schema {
    /// The `application_id` that marks a partyday file ("PDay").
    static let applicationID: Int32 = 0x5044_6179

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-foundation", migrate: foundation)
        migrator.registerMigration("v2-name-pinyin", migrate: namePinyin)
        migrator.registerMigration("v3-branch-themes", migrate: branchThemes)
        migrator.registerMigration("v4-given-name-readings", migrate: givenNameReadings)
        migrator.registerMigration("v5-file-identity", migrate: fileIdentity)
        migrator.registerMigration("v6-guests-and-sign-out", migrate: guestsAndSignOut)
        migrator.registerMigration("v7-closing-marks", migrate: closingMarks)
        migrator.registerMigration("v8-dues-amounts", migrate: duesAmounts)
        migrator.registerMigration("v9-dues-receipts", migrate: duesReceipts)
        migrator.registerMigration("v10-make-up-tasks", migrate: makeUpTasks)
        migrator.registerMigration("v11-article9-exemptions", migrate: article9Exemptions)
        migrator.registerMigration("v12-dues-changes", migrate: duesChanges)
        migrator.registerMigration("v13-follow-up-notes", migrate: followUpNotes)
        migrator.registerMigration("v14-attendance-marks", migrate: attendanceMarks)
        return migrator
    }

    /// The marks other than present (about a fifth) with their status, in an index of their own: a
    /// county's reports read a year's attendance from the indexes alone, never the table's rows
    /// (the year's evaluation of 2,000 branches 0.1 s faster a core; 41 MB and 5 s once on a
    /// 100,000-member file).
    private static func attendanceMarks(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX attendance_marks ON attendance(day_id, member_id, status) WHERE status <> 'present'")
    }

    /// What the secretary did about a member's article-9 run: a talk, a visit, a call, on a day, by
    /// whom, and what came of it.
    private static func followUpNotes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE follow_up_note (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES member(id),
                date TEXT NOT NULL,
                kind TEXT NOT NULL,
                by_whom TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX follow_up_note_member ON follow_up_note(member_id, date);
            """)
    }

    /// A member's monthly dues changed within a year from a month on (a retirement, say): the new
    /// category, base and amount, and why. One change per member and month.
    private static func duesChanges(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE dues_change (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES member(id),
                from_month TEXT NOT NULL,
                category TEXT NOT NULL,
                base_fen INTEGER NOT NULL,
                amount_fen INTEGER NOT NULL,
                reason TEXT NOT NULL,
                UNIQUE (member_id, from_month)
            );
            """)
    }

    /// Periods in which a member's article-9 runs are silenced for a reason the branch accepted.
    private static func article9Exemptions(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article9_exemption (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES member(id),
                from_month TEXT NOT NULL,
                through_month TEXT NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX article9_exemption_member ON article9_exemption(member_id);
            """)
    }

    /// A make-up is a task from the day's closing until it is done: a due date, and the day it was done
    /// (nil while open); who took the study to the member; and an outflow member's participation where
    /// they flowed to. The table is rebuilt, as SQLite cannot drop `date`'s NOT NULL; its rows keep
    /// their ids, all done.
    private static func makeUpTasks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE make_up_v10 (
                id INTEGER PRIMARY KEY,
                day_id INTEGER NOT NULL REFERENCES activity_day(id),
                member_id INTEGER NOT NULL REFERENCES member(id),
                method TEXT NOT NULL,
                date TEXT,
                note TEXT NOT NULL DEFAULT '',
                due_on TEXT,
                done_by TEXT NOT NULL DEFAULT '',
                place TEXT NOT NULL DEFAULT '',
                outflow INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO make_up_v10 (id, day_id, member_id, method, date, note)
                SELECT id, day_id, member_id, method, date, note FROM make_up;
            DROP TABLE make_up;
            ALTER TABLE make_up_v10 RENAME TO make_up;
            CREATE INDEX make_up_member ON make_up(member_id, day_id);
            CREATE INDEX make_up_day ON make_up(day_id);
            CREATE INDEX make_up_open ON make_up(due_on) WHERE date IS NULL;
            """)
    }

    /// A payment's months share a receipt number; who paid for the member,
    /// when not in person; and what was paid over the amount owed, on the receipt's first row.
    private static func duesReceipts(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE dues_payment ADD COLUMN receipt INTEGER;
            ALTER TABLE dues_payment ADD COLUMN paid_by TEXT;
            ALTER TABLE dues_payment ADD COLUMN voluntary_fen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX dues_payment_receipt ON dues_payment (receipt);
            """)
    }

    /// Each member's monthly dues as fixed for a year (the 2008 rules fix it at the year's start), with
    /// the category and base it came from and, when set by hand, why.
    private static func duesAmounts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE dues_amount (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES member(id),
                year INTEGER NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
                category TEXT NOT NULL,
                base_fen INTEGER NOT NULL,
                reason TEXT,
                UNIQUE (member_id, year)
            );
            CREATE INDEX dues_amount_year ON dues_amount (year);
            """)
    }

    /// Which absences closing a day wrote (`closed`), so reopening it takes back only those.
    private static func closingMarks(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE attendance ADD COLUMN closed INTEGER NOT NULL DEFAULT 0")
    }

    /// Guests of a day (列席: applicants, candidates, other branches' members, inflow members not on
    /// the roster, visitors), counted apart; and sign-out times, for days that ask for sign-out.
    private static func guestsAndSignOut(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE guest (
                id INTEGER PRIMARY KEY,
                day_id INTEGER NOT NULL REFERENCES activity_day(id),
                kind TEXT NOT NULL,
                member_id INTEGER REFERENCES member(id),
                name TEXT NOT NULL,
                unit TEXT NOT NULL DEFAULT '',
                arrived_at TEXT NOT NULL,
                signed_out_at TEXT,
                station TEXT,
                UNIQUE (day_id, member_id)
            );
            CREATE INDEX guest_day ON guest(day_id);
            ALTER TABLE attendance ADD COLUMN signed_out_at TEXT;
            """)
    }

    /// The file's own identity, a random UUID, so what it exports (calendar UIDs) never collides with
    /// another file's.
    private static func fileIdentity(_ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO setting (key, value) VALUES ('file_id', ?) ON CONFLICT(key) DO NOTHING",
            arguments: [UUID().uuidString])
    }

    /// Every reading of every name, given-name polyphones too (长 as chang and zhang): the stored
    /// readings are computed again for existing members.
    private static func givenNameReadings(_ db: Database) throws {
        try fillNamePinyin(db)
    }

    /// The themes a branch sets itself (the "X"), in both languages, retired rather than deleted.
    private static func branchThemes(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE branch_theme (
                id INTEGER PRIMARY KEY,
                branch_id INTEGER NOT NULL REFERENCES organisation(id),
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL DEFAULT '',
                description_zh TEXT NOT NULL DEFAULT '',
                description_en TEXT NOT NULL DEFAULT '',
                retired_on TEXT
            );
            CREATE INDEX branch_theme_branch ON branch_theme(branch_id);
            """)
    }

    /// The pinyin readings of each member's name (`zeng guo fan|ceng guo fan`), kept beside the name so
    /// a roster search never converts names per key press; existing members are filled in.
    private static func namePinyin(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE member ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''")
        try fillNamePinyin(db)
    }

    /// Computes every member's stored readings with the converter as it is now.
    private static func fillNamePinyin(_ db: Database) throws {
        var converter = PinyinConverter()
        let update = try db.makeStatement(sql: "UPDATE member SET name_pinyin = ? WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM member")
        converter.prepare(rows.map { $0[1] as String })
        for row in rows {
            let id: Int64 = row[0]
            let name: String = row[1]
            try update.execute(arguments: [converter.readings(of: name).joined(separator: "|"), id])
        }
    }

    /// The organisation tree, roster, activity days, attendance, make-ups, dues, holidays, settings
    /// and the change history.
    private static func foundation(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE organisation (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES organisation(id),
                kind TEXT NOT NULL,
                name TEXT NOT NULL
            );
            CREATE INDEX organisation_parent ON organisation(parent_id);

            CREATE TABLE member (
                id INTEGER PRIMARY KEY,
                branch_id INTEGER NOT NULL REFERENCES organisation(id),
                group_id INTEGER REFERENCES organisation(id),
                name TEXT NOT NULL,
                member_number TEXT UNIQUE,
                status TEXT NOT NULL,
                phone TEXT,
                id_number TEXT,
                is_leading_cadre INTEGER NOT NULL DEFAULT 0,
                special_circumstance TEXT,
                make_up_method TEXT,
                flow TEXT NOT NULL DEFAULT 'none',
                flow_organisation TEXT,
                dues_category TEXT NOT NULL,
                dues_base_fen INTEGER NOT NULL DEFAULT 0,
                applied_on TEXT,
                candidate_on TEXT,
                admitted_on TEXT,
                confirmed_on TEXT,
                joined_on TEXT NOT NULL,
                left_on TEXT,
                leave_reason TEXT,
                leave_note TEXT
            );
            CREATE INDEX member_branch ON member(branch_id);
            CREATE INDEX member_name ON member(name);

            CREATE TABLE activity_day (
                id INTEGER PRIMARY KEY,
                branch_id INTEGER NOT NULL REFERENCES organisation(id),
                date TEXT NOT NULL,
                start_time TEXT NOT NULL,
                end_time TEXT NOT NULL,
                place TEXT NOT NULL DEFAULT '',
                meeting_kinds TEXT NOT NULL DEFAULT '',
                host TEXT NOT NULL DEFAULT '',
                recorder TEXT NOT NULL DEFAULT '',
                summary TEXT NOT NULL DEFAULT '',
                outcome TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                cancel_reason TEXT,
                moved_by_hand INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX activity_day_branch_date ON activity_day(branch_id, date);
            CREATE INDEX activity_day_date ON activity_day(date);

            CREATE TABLE activity_day_theme (
                id INTEGER PRIMARY KEY,
                day_id INTEGER NOT NULL REFERENCES activity_day(id),
                theme_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                UNIQUE (day_id, theme_id)
            );

            CREATE TABLE attendance (
                id INTEGER PRIMARY KEY,
                day_id INTEGER NOT NULL REFERENCES activity_day(id),
                member_id INTEGER NOT NULL REFERENCES member(id),
                status TEXT NOT NULL,
                reason TEXT,
                checked_in_at TEXT,
                station TEXT,
                UNIQUE (day_id, member_id)
            );
            CREATE INDEX attendance_member ON attendance(member_id);

            CREATE TABLE make_up (
                id INTEGER PRIMARY KEY,
                day_id INTEGER NOT NULL REFERENCES activity_day(id),
                member_id INTEGER NOT NULL REFERENCES member(id),
                method TEXT NOT NULL,
                date TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX make_up_member ON make_up(member_id);
            CREATE INDEX make_up_day ON make_up(day_id);

            CREATE TABLE dues_payment (
                id INTEGER PRIMARY KEY,
                member_id INTEGER NOT NULL REFERENCES member(id),
                month TEXT NOT NULL,
                amount_fen INTEGER NOT NULL,
                paid_on TEXT NOT NULL,
                UNIQUE (member_id, month)
            );

            CREATE TABLE holiday (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT ''
            );

            CREATE TABLE branch_schedule (
                id INTEGER PRIMARY KEY,
                branch_id INTEGER NOT NULL UNIQUE REFERENCES organisation(id),
                rule TEXT NOT NULL,
                holiday_policy TEXT NOT NULL,
                filed_on TEXT,
                filed_with TEXT,
                document_number TEXT
            );

            CREATE TABLE setting (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                value TEXT NOT NULL
            );

            CREATE TABLE change_set (
                id INTEGER PRIMARY KEY,
                actor TEXT NOT NULL,
                created_at TEXT NOT NULL,
                label_zh TEXT NOT NULL,
                label_en TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'done',
                undo_order INTEGER,
                undoable INTEGER NOT NULL DEFAULT 1,
                row_count INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX change_set_actor_state ON change_set(actor, state, id);
            CREATE INDEX change_set_actor_undo ON change_set(actor, state, undo_order);

            CREATE TABLE change_row (
                id INTEGER PRIMARY KEY,
                change_set_id INTEGER NOT NULL REFERENCES change_set(id),
                seq INTEGER NOT NULL,
                table_name TEXT NOT NULL,
                row_id INTEGER NOT NULL,
                before TEXT,
                after TEXT
            );
            CREATE INDEX change_row_set ON change_row(change_set_id, seq);
            CREATE INDEX change_row_target ON change_row(table_name, row_id, change_set_id);
            """)
    }
}
