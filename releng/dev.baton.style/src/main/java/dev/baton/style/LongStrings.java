package dev.baton.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.ArrayInitializer;
import org.eclipse.jdt.core.dom.Assignment;
import org.eclipse.jdt.core.dom.ClassInstanceCreation;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ConditionalExpression;
import org.eclipse.jdt.core.dom.ConstructorInvocation;
import org.eclipse.jdt.core.dom.EnumConstantDeclaration;
import org.eclipse.jdt.core.dom.InfixExpression;
import org.eclipse.jdt.core.dom.LambdaExpression;
import org.eclipse.jdt.core.dom.MemberValuePair;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.ReturnStatement;
import org.eclipse.jdt.core.dom.SingleMemberAnnotation;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.StructuralPropertyDescriptor;
import org.eclipse.jdt.core.dom.SuperConstructorInvocation;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.SwitchCase;
import org.eclipse.jdt.core.dom.VariableDeclarationFragment;
import org.eclipse.jdt.core.dom.YieldStatement;

/**
 * Splits the string literals that run past column 120 into {@code "..." + "..."}, where the formatter cannot wrap:
 * after a space when there is one, never inside an escape. The value stays the same: the pieces are parenthesised where
 * a {@code +} would bind differently (a literal that is a method's receiver, say). Case labels are left as they are.
 */
final class LongStrings {

	/** Where a literal may become {@code a + b} as it is: the value of a whole expression or a concatenation. */
	private static final Set<StructuralPropertyDescriptor> WHOLE = Set.of(MethodInvocation.ARGUMENTS_PROPERTY,
			ClassInstanceCreation.ARGUMENTS_PROPERTY, SuperMethodInvocation.ARGUMENTS_PROPERTY,
			ConstructorInvocation.ARGUMENTS_PROPERTY, SuperConstructorInvocation.ARGUMENTS_PROPERTY,
			EnumConstantDeclaration.ARGUMENTS_PROPERTY, VariableDeclarationFragment.INITIALIZER_PROPERTY,
			Assignment.RIGHT_HAND_SIDE_PROPERTY, ReturnStatement.EXPRESSION_PROPERTY,
			ConditionalExpression.THEN_EXPRESSION_PROPERTY, ConditionalExpression.ELSE_EXPRESSION_PROPERTY,
			ArrayInitializer.EXPRESSIONS_PROPERTY, SingleMemberAnnotation.VALUE_PROPERTY,
			MemberValuePair.VALUE_PROPERTY, YieldStatement.EXPRESSION_PROPERTY, LambdaExpression.BODY_PROPERTY);

	/**
	 * A too long line's literal is split when it ends past this column: then it is the literal (or what follows it, a
	 * closing {@code ")"} say) that makes the line too long, not code the formatter should have wrapped.
	 */
	private static final int NEAR = Columns.LIMIT - 10;

	private LongStrings() {
	}

	/** The source with its overlong literals split; a piece that is still too long is split again. */
	static String split(String source) {
		String text = source;
		for (int round = 0; round < 20; round++) {
			String next = splitOnce(text);
			if (next.equals(text)) {
				return text;
			}
			text = next;
		}
		return text;
	}

	private static String splitOnce(String source) {
		CompilationUnit unit = JavaParser.parse(source);
		List<StringLiteral> literals = new ArrayList<>();
		unit.accept(new ASTVisitor() {

			@Override
			public boolean visit(StringLiteral node) {
				literals.add(node);
				return false;
			}
		});
		StringBuilder text = new StringBuilder(source);
		for (StringLiteral literal : literals.reversed()) {
			int start = literal.getStartPosition();
			int end = start + literal.getLength();
			int lineStart = source.lastIndexOf('\n', start - 1) + 1;
			int lineEnd = source.indexOf('\n', end);
			String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
			if (Columns.width(line) <= Columns.LIMIT || Columns.width(source.substring(lineStart, end)) <= NEAR
					|| !splittable(literal)) {
				continue;
			}
			int at = splitPoint(source, lineStart, start, end);
			if (at < 0) {
				continue;
			}
			String indent = source.substring(lineStart, lineStart + leadingTabs(source, lineStart)) + "\t\t";
			boolean parenthesise = !concatenation(literal) && !WHOLE.contains(literal.getLocationInParent());
			text.replace(start, end, (parenthesise ? "(" : "") + source.substring(start, at) + "\"\n" + indent + "+ \""
					+ source.substring(at, end) + (parenthesise ? ")" : ""));
		}
		return text.toString();
	}

	private static boolean splittable(StringLiteral literal) {
		return literal.getLocationInParent() != SwitchCase.EXPRESSIONS2_PROPERTY;
	}

	private static boolean concatenation(ASTNode literal) {
		return literal.getParent() instanceof InfixExpression infix
				&& infix.getOperator() == InfixExpression.Operator.PLUS;
	}

	/**
	 * Where to cut the literal {@code [start, end)} so that its first piece ends by column 120: the last cut after a
	 * space, else the last cut between two characters or escapes; -1 when no piece of at least one unit fits.
	 */
	private static int splitPoint(String source, int lineStart, int start, int end) {
		List<Integer> cuts = new ArrayList<>();
		int i = start + 1;
		while (i < end - 1) {
			int unit = unitLength(source, i, end - 1);
			i += unit;
			if (i < end - 1) {
				cuts.add(i);
			}
		}
		int best = -1;
		int bestAfterSpace = -1;
		for (int cut : cuts) {
			if (Columns.width(source.substring(lineStart, cut)) + 1 > Columns.LIMIT) {
				break;
			}
			best = cut;
			if (source.charAt(cut - 1) == ' ' && cut - start > 10) {
				bestAfterSpace = cut;
			}
		}
		return bestAfterSpace >= 0 ? bestAfterSpace : best;
	}

	/** The length of the character or escape at {@code i}: an escape or a surrogate pair is never cut. */
	private static int unitLength(String source, int i, int end) {
		char c = source.charAt(i);
		if (c == '\\') {
			char next = source.charAt(i + 1);
			if (next == 'u') {
				int j = i + 1;
				while (j < end && source.charAt(j) == 'u') {
					j++;
				}
				return j + 4 - i;
			}
			if (next >= '0' && next <= '7') {
				int j = i + 1;
				while (j < end && j < i + 4 && source.charAt(j) >= '0' && source.charAt(j) <= '7') {
					j++;
				}
				return j - i;
			}
			return 2;
		}
		return Character.isHighSurrogate(c) && i + 1 < end ? 2 : 1;
	}

	private static int leadingTabs(String source, int lineStart) {
		int i = lineStart;
		while (i < source.length() && source.charAt(i) == '\t') {
			i++;
		}
		return i - lineStart;
	}
}
