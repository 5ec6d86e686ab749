package dev.baton.ui;

import org.eclipse.osgi.util.NLS;

/** The UI's user-visible strings ({@code messages.properties} beside this class). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.baton.ui.messages";

	public static String Services_noRegistry;
	public static String RecordSession_noFolder;
	public static String RecordSession_notLoaded;
	public static String RecordSession_notLoadedBecause;
	public static String Fields_setStatus;
	public static String Fields_notADate;
	public static String Fields_notANumber;
	public static String Editor_undo;
	public static String Editor_redo;
	public static String Editor_notAFile;
	public static String Editor_descriptionPage;
	public static String Editor_contextPage;
	public static String Editor_outcomePage;
	public static String Editor_overviewPage;
	public static String Editor_optionsPage;
	public static String Editor_sourcePage;
	public static String Editor_sourceTitle;
	public static String Editor_sourceHint;
	public static String Editor_problemPage;
	public static String Editor_problemTitle;
	public static String Editor_openAsText;
	public static String Editor_saveFailedTitle;
	public static String Editor_reloadFailedTitle;
	public static String Editor_changedOnDisk;
	public static String Editor_changedOnDiskDirty;
	public static String Editor_generalSection;
	public static String Editor_linksSection;
	public static String Editor_title;
	public static String Editor_status;
	public static String Editor_date;
	public static String Editor_decisionMakers;
	public static String Editor_consulted;
	public static String Editor_informed;
	public static String Editor_tags;
	public static String Editor_lastReviewed;
	public static String Editor_owner;
	public static String Editor_affects;
	public static String Editor_linkType;
	public static String Editor_linkTarget;
	public static String Editor_linkNote;
	public static String Editor_optionsSection;
	public static String Editor_optionSection;
	public static String Editor_addOption;
	public static String Editor_removeOption;
	public static String Editor_newOption;
	public static String Editor_optionDescription;
	public static String Editor_pros;
	public static String Editor_neutral;
	public static String Editor_cons;
	public static String Explorer_filter;
	public static String Explorer_refresh;
	public static String Explorer_decisions;
	public static String DecisionLog_filter;
	public static String DecisionLog_allStatuses;
	public static String DecisionLog_id;
	public static String DecisionLog_title;
	public static String DecisionLog_status;
	public static String DecisionLog_date;
	public static String DecisionLog_tags;
	public static String Diagram_none;
	public static String Wizard_folder;
	public static String Wizard_noFolder;
	public static String NewDecision_title;
	public static String NewDecision_description;
	public static String NewDecision_titleLabel;
	public static String NewDecision_statusLabel;
	public static String NewDecision_enterTitle;
	public static String NewDecision_noSet;
	public static String NewDecision_target;
	public static String NewDecision_writeFailed;
	public static String Supersede_title;
	public static String Supersede_description;
	public static String Supersede_old;
	public static String Supersede_new;
	public static String Supersede_same;
	public static String Supersede_choose;
	public static String Export_title;
	public static String Export_description;
	public static String Export_task;
	public static String Export_cancelled;
	public static String Export_failed;
	public static String Export_formats;
	public static String Export_target;
	public static String Export_browse;
	public static String Export_asOf;
	public static String Export_noFormat;
	public static String Export_noTarget;
	public static String Export_badDate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
