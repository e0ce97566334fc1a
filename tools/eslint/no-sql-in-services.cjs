// ESLint rule: a service holds what a feature does, its repository how the data is reached. A service file neither
// imports the database driver (`pg`) nor writes SQL (a string or template that starts like a statement, or a call
// of `.query(...)`); its SQL belongs in the `*.repository.ts` beside it (libs/db/README.md).

// Keywords in capitals, as this codebase writes SQL, followed by what makes a statement: "Select a category" is not one.
const STATEMENT = /^\s*(SELECT\s[\s\S]*\bFROM\b|SELECT\s+\w+\(|INSERT\s+INTO\s|UPDATE\s+\w+\s+(\w+\s+)?SET\s|DELETE\s+FROM\s|WITH\s+(RECURSIVE\s+)?\w+\s+AS\s)/;
const DRIVERS = new Set(['pg', 'pg-protocol', 'pg/lib/utils']);

/** @type {import('eslint').Rule.RuleModule} */
const noSqlInServices = {
  meta: {
    type: 'problem',
    docs: { description: 'Service files neither import the database driver nor contain SQL; use the feature’s repository' },
    messages: {
      driver: 'A service does not import the database driver ("{{name}}"); reach the database through the feature’s repository.',
      sql: 'SQL in a service: move it to the feature’s *.repository.ts.',
      query: 'A service does not send queries (.query); call the feature’s repository.',
      typeorm: 'A service does not query through TypeORM ("{{name}}"); call the feature’s repository.',
    },
    schema: [],
  },
  create(context) {
    const checkText = (node, text) => {
      if (STATEMENT.test(text)) context.report({ node, messageId: 'sql' });
    };
    return {
      ImportDeclaration(node) {
        if (DRIVERS.has(node.source.value)) context.report({ node, messageId: 'driver', data: { name: node.source.value } });
      },
      Literal(node) {
        if (typeof node.value === 'string') checkText(node, node.value);
      },
      TemplateLiteral(node) {
        checkText(node, node.quasis.map((q) => q.value.cooked ?? '').join('?'));
      },
      'CallExpression > MemberExpression.callee[property.name="query"]'(node) {
        context.report({ node, messageId: 'query' });
      },
      'CallExpression > MemberExpression.callee[property.name=/^(getRepository|createQueryBuilder)$/]'(node) {
        context.report({ node, messageId: 'typeorm', data: { name: node.property.name } });
      },
    };
  },
};

module.exports = { noSqlInServices, rules: { 'no-sql-in-services': noSqlInServices } };
