package dev.baton.style;

import java.util.Map;

import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;

/** JDT's parser for Java 21 sources, without bindings: the style needs only the syntax. */
final class JavaParser {

	private static final String VERSION = "21";

	private JavaParser() {
	}

	static CompilationUnit parse(String source) {
		ASTParser parser = ASTParser.newParser(AST.JLS21);
		parser.setKind(ASTParser.K_COMPILATION_UNIT);
		parser.setCompilerOptions(Map.of("org.eclipse.jdt.core.compiler.source", VERSION,
				"org.eclipse.jdt.core.compiler.compliance", VERSION,
				"org.eclipse.jdt.core.compiler.codegen.targetPlatform", VERSION));
		parser.setSource(source.toCharArray());
		return (CompilationUnit) parser.createAST(null);
	}
}
