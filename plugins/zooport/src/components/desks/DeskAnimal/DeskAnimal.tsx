import Avatar from '@material-ui/core/Avatar';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { DeskAnimal as Animal } from '@zooport/plugin-zooport-common';

/** The team's animal: its emoji on the team's colour, and its name. */
export const DeskAnimal = (props: {
  animal: Animal;
  size?: 'small' | 'large';
}) => {
  const { animal, size = 'small' } = props;
  const pixels = size === 'large' ? 72 : 40;
  return (
    <Box display="flex" alignItems="center">
      <Avatar
        aria-hidden
        style={{
          width: pixels,
          height: pixels,
          fontSize: pixels * 0.55,
          backgroundColor: animal.colour ?? '#9E9E9E',
        }}
      >
        {animal.emoji ?? animal.name.charAt(0).toLocaleUpperCase('en-US')}
      </Avatar>
      <Box ml={1.5}>
        <Typography variant={size === 'large' ? 'h5' : 'subtitle1'}>
          The {animal.name}
        </Typography>
      </Box>
    </Box>
  );
};
