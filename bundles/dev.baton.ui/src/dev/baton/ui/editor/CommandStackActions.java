package dev.baton.ui.editor;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.baton.ui.Messages;

/**
 * Edit > Undo and Redo for an editor, on its command stack. What is being typed (a field, the Source page) counts as
 * the next step: Undo is enabled and names it, and running it first makes it a step, then undoes it.
 */
final class CommandStackActions {

	private final CommandStack stack;
	private final BooleanSupplier before;
	private final Supplier<String> typing;
	private final Action undo = new Action() {

		@Override
		public void run() {
			if (before.getAsBoolean() && stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {

		@Override
		public void run() {
			if (before.getAsBoolean() && stack.canRedo()) {
				stack.redo();
			}
		}
	};

	/**
	 * @param before runs first (what is typed becomes a step); false stops the action
	 * @param typing the label of the step what is typed would be, {@code null} when nothing is
	 */
	CommandStackActions(CommandStack stack, BooleanSupplier before, Supplier<String> typing) {
		this.stack = stack;
		this.before = before;
		this.typing = typing;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		update();
	}

	void install(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	void update() {
		String typed = typing.get();
		undo.setEnabled(typed != null || stack.canUndo());
		// a new step clears the redo list: nothing is redone over what is typed
		redo.setEnabled(typed == null && stack.canRedo());
		undo.setText(Messages.bind(Messages.Editor_undo, typed != null ? typed : label(stack.getUndoCommand())));
		redo.setText(Messages.bind(Messages.Editor_redo, typed != null ? "" : label(stack.getRedoCommand())));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : command.getLabel();
	}
}
